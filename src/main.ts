// Entry point: wires adapters, app and view together. Holds no rules.
const app = document.getElementById('app');
if (app) app.textContent = 'Practice Paths';
