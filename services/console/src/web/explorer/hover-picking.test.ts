import { NodeCircleProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CircleProgramSkippingPickWhileDragging, skipHoverWhileDragging } from './hover-picking.js';

// Sigma's programs read WebGL's constants when their module loads; Node has no WebGL, and nothing
// here draws, so empty stand-ins will do.
vi.hoisted(() => {
  Object.assign(globalThis, { WebGLRenderingContext: {}, WebGL2RenderingContext: {} });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'WebGLRenderingContext');
  Reflect.deleteProperty(globalThis, 'WebGL2RenderingContext');
});

/** A stand-in renderer: its pick names the node under the mouse, and counts how often it read a pixel. */
function renderer() {
  const captor = { isMouseDown: false };
  const fake = {
    reads: 0,
    getMouseCaptor: () => captor,
    getNodeAtPosition(position: { x: number; y: number }): string | null {
      this.reads += 1;
      return position.x > 10 ? 'n1' : null;
    },
  };
  return { fake, captor };
}

describe('skipHoverWhileDragging', () => {
  it('picks the hovered node as sigma does while the mouse is up, and reads no pixel while the stage is dragged', () => {
    const { fake, captor } = renderer();
    skipHoverWhileDragging(fake);
    expect(fake.getNodeAtPosition({ x: 20, y: 0 })).toBe('n1');
    expect(fake.getNodeAtPosition({ x: 5, y: 0 })).toBeNull();
    expect(fake.reads).toBe(2);
    captor.isMouseDown = true;
    expect(fake.getNodeAtPosition({ x: 20, y: 0 })).toBeNull();
    expect(fake.reads).toBe(2);
    captor.isMouseDown = false;
    expect(fake.getNodeAtPosition({ x: 20, y: 0 })).toBe('n1');
    expect(fake.reads).toBe(3);
  });
});

describe('CircleProgramSkippingPickWhileDragging', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Draws with sigma's own circle program stubbed, recording whether it would have drawn the picking buffer. */
  function draw(mouseDown: boolean) {
    const drewPicking: boolean[] = [];
    vi.spyOn(NodeCircleProgram.prototype, 'render').mockImplementation(function (this: { pickProgram: unknown }) {
      drewPicking.push(this.pickProgram !== null);
    });
    const program = Object.assign(Object.create(CircleProgramSkippingPickWhileDragging.prototype) as CircleProgramSkippingPickWhileDragging, {
      renderer: { getMouseCaptor: () => ({ isMouseDown: mouseDown }) },
      pickProgram: { name: 'picking' },
    });
    program.render({} as RenderParams);
    return { drewPicking, program };
  }

  it('draws the picking buffer as sigma does while the mouse is up', () => {
    expect(draw(false).drewPicking).toEqual([true]);
  });

  it('draws the nodes without the picking buffer while the stage is dragged, and keeps it for the next frame', () => {
    const { drewPicking, program } = draw(true);
    expect(drewPicking).toEqual([false]);
    expect(program.pickProgram).toEqual({ name: 'picking' });
  });
});
