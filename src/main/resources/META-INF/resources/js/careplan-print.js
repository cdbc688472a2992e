// The printable care plan: show a Print button when scripts run (the page works without it).
(function () {
  var button = document.getElementById('print-button');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  }
})();
