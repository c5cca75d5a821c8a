import { formData, login, showError, signedInUser } from './api.js';

if (signedInUser()) location.href = '/team.html';
document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const { username, password } = formData(event.target);
  try {
    await login(username, password);
    location.href = '/team.html';
  } catch (e) {
    showError(document.getElementById('message'), e);
  }
});
