/**
 * After a row is removed from a list, keyboard focus would fall to <body> with the row's button.
 * It goes to the same button of the row that moved into the removed one's place, else of the row
 * before it, else to the list's add button; on the next frame, once React has removed the row.
 */
export function focusAfterRemove(container: HTMLElement | null, index: number, removeButtons: string, addButton: string): void {
  requestAnimationFrame(() => {
    const buttons = container?.querySelectorAll<HTMLButtonElement>(removeButtons);
    const next = buttons?.length ? buttons[Math.min(index, buttons.length - 1)] : container?.querySelector<HTMLButtonElement>(addButton);
    next?.focus();
  });
}
