// Behaviour every page shares. Pages carry no inline script or on*= attributes (the Content-Security-Policy
// refuses them); they mark elements with data- attributes and this file attaches the behaviour.
(function () {
  // Runs in <head>, before the body is drawn: the phone menu starts folded only when this script can unfold it.
  document.documentElement.className += ' js';

  var entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

  // Every stored text that ends up in HTML built by script (chart tooltips, labels) goes through this.
  function escapeHtml(value) {
    return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, function (c) { return entities[c]; });
  }

  window.dangjian = { escapeHtml: escapeHtml };

  // <form data-confirm="…">: asks before an irreversible submit.
  document.addEventListener('submit', function (e) {
    var form = e.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { e.preventDefault(); }
  });

  // <select data-fills="id">: choosing an option with data-name writes that name into the input of that id.
  document.addEventListener('change', function (e) {
    var select = e.target;
    var target = select.getAttribute && select.getAttribute('data-fills');
    var option = target && select.selectedOptions && select.selectedOptions[0];
    var input = option && document.getElementById(target);
    if (input && option.getAttribute('data-name')) { input.value = option.getAttribute('data-name'); }
  });

  // <button data-action="print">: prints the page.
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-action="print"]');
    if (button) { window.print(); }
  });

  // <button data-action="menu">: folds and unfolds the main menu on a narrow screen (site.css hides it there).
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-action="menu"]');
    var header = button && button.closest('header');
    if (!header) { return; }
    var open = header.classList.toggle('menu-open');
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
})();
