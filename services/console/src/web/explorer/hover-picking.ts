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
 * offscreen texture sigma allocates anew for each frame. Nothing is picked while dragging (above).
 * A frame drawn without it leaves the buffer empty, so when the mouse is released the program asks
 * sigma for one more frame, which draws the buffer again; until then a hover or click would find no
 * node. Without a GPU that pass was about 40% of each frame's drawing.
 */
export class CircleProgramSkippingPickWhileDragging<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeCircleProgram<N, E, G> {
  private redrawOnRelease = false;

  override render(params: RenderParams): void {
    const captor = this.renderer.getMouseCaptor();
    // A drag, not a press: a click may move the mouse a little (less than the tolerance), and its
    // pick must find a buffer drawn.
    const dragging = captor.isMouseDown && captor.draggedEvents >= captor.settings.draggedEventsTolerance;
    if (!dragging) {
      super.render(params);
      return;
    }
    if (!this.redrawOnRelease) {
      this.redrawOnRelease = true;
      captor.once('mouseup', () => {
        this.redrawOnRelease = false;
        this.renderer.scheduleRender();
      });
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
