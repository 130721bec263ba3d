import { EventEmitter } from 'node:events';
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

  /** A program whose renderer's mouse is up or down, with sigma's own circle program stubbed to record whether it drew the picking buffer. */
  function program() {
    const drewPicking: boolean[] = [];
    vi.spyOn(NodeCircleProgram.prototype, 'render').mockImplementation(function (this: { pickProgram: unknown }) {
      drewPicking.push(this.pickProgram !== null);
    });
    const captor = Object.assign(new EventEmitter(), { isMouseDown: false, draggedEvents: 0, settings: { draggedEventsTolerance: 3 } });
    const drag = () => {
      captor.isMouseDown = true;
      captor.draggedEvents = 3;
    };
    const renders = { scheduled: 0 };
    const drawing = Object.assign(Object.create(CircleProgramSkippingPickWhileDragging.prototype) as CircleProgramSkippingPickWhileDragging, {
      renderer: { getMouseCaptor: () => captor, scheduleRender: () => void renders.scheduled++ },
      pickProgram: { name: 'picking' },
    });
    const draw = () => drawing.render({} as RenderParams);
    const release = () => {
      captor.isMouseDown = false;
      captor.emit('mouseup');
      captor.draggedEvents = 0;
    };
    return { drawing, captor, drewPicking, renders, draw, drag, release };
  }

  it('draws the picking buffer as sigma does while the mouse is up', () => {
    const { draw, drewPicking, renders } = program();
    draw();
    expect(drewPicking).toEqual([true]);
    expect(renders.scheduled).toBe(0);
  });

  it('draws the picking buffer while the mouse is pressed for a click, moving less than a drag', () => {
    const { captor, draw, drewPicking } = program();
    captor.isMouseDown = true;
    draw();
    captor.draggedEvents = 2;
    draw();
    expect(drewPicking).toEqual([true, true]);
  });

  it('draws the nodes without the picking buffer while the stage is dragged, and keeps it for the next frame', () => {
    const { drawing, draw, drag, drewPicking } = program();
    drag();
    draw();
    draw();
    expect(drewPicking).toEqual([false, false]);
    expect(drawing.pickProgram).toEqual({ name: 'picking' });
  });

  it('asks for one frame when the mouse is released after a drag, which draws the buffer again', () => {
    const { captor, draw, drag, drewPicking, renders, release } = program();
    drag();
    draw();
    draw();
    release();
    expect(renders.scheduled).toBe(1);
    draw();
    expect(drewPicking).toEqual([false, false, true]);
    // A release with no drag before it asks for nothing.
    captor.isMouseDown = true;
    release();
    expect(renders.scheduled).toBe(1);
  });
});
