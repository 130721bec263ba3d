import { describe, expect, it } from 'vitest';
import { skipHoverWhileDragging } from './hover-picking.js';

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
