import { formData, login, showError, signedInUser } from './api.js';

// Municipal teams start on their team page; evaluators and the agency on the report.
const home = (user) => (user.role === 'municipality' ? '/team.html' : '/report.html');
const already = signedInUser();
if (already) location.href = home(already);
document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const { username, password } = formData(event.target);
  try {
    location.href = home(await login(username, password));
  } catch (e) {
    showError(document.getElementById('message'), e);
  }
});
