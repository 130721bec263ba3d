import type { Attributes } from 'graphology-types';
import type { RenderParams } from 'sigma/types';
import { NodeCircleProgram } from 'sigma/rendering';
/** What of a sigma renderer the hover pick needs: its mouse captor's state and its node picking. */
export interface HoverPicking {
  getMouseCaptor(): { readonly isMouseDown: boolean };
}

type NodePick = (position: { x: number; y: number }) => string | null;

/**
 * Sigma (3.0) finds the node under the mouse on every mouse move, dragging or not, by reading a
 * pixel back from the GPU (gl.readPixels), which waits for every frame queued before it. While the
 * stage is dragged nothing is hovered, so the pick is skipped then: without a GPU, panning 5,000
 * records ran at about half the frame rate for that read alone. The pick is sigma's own method,
 * which its typings keep private; this wraps it on the instance.
 */
export function skipHoverWhileDragging(renderer: HoverPicking): void {
  const captor = renderer.getMouseCaptor();
  const target = renderer as unknown as { getNodeAtPosition: NodePick };
  const pick = target.getNodeAtPosition.bind(renderer);
  target.getNodeAtPosition = (position) => (captor.isMouseDown ? null : pick(position));
}

/**
 * Sigma's circle program (its default for nodes), except that while the stage is dragged it does
 * not redraw sigma's picking buffer: every node again, each in a colour of its own, into an
 * offscreen texture sigma allocates anew for each frame. Nothing is picked while dragging (above),
 * and sigma draws at least once after the mouse is released (the drag's inertia, then the edges it
 * hid), which draws the buffer again. Without a GPU that pass was about 40% of each frame's drawing.
 */
export class CircleProgramSkippingPickWhileDragging<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeCircleProgram<N, E, G> {
  override render(params: RenderParams): void {
    if (!this.renderer.getMouseCaptor().isMouseDown) {
      super.render(params);
      return;
    }
    const pick = this.pickProgram;
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = pick;
    }
  }
}
