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
