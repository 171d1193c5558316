/** The popup's "Check this page" section. */
export function CheckThisPage() {
  return null;
}
