/** What can take the keyboard inside an island, for putting focus back after it wakes. */
export const CONTROLS = 'input, button, select, textarea, a[href], summary, [tabindex]:not([tabindex="-1"])';
