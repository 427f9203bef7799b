// The paragraph editor of a duty report: words are edited around figure chips that cannot be broken (contenteditable=false);
// on submit the text is written back into the textarea with each chip as its marker. Without script the textarea shows
// the figures as 〔名称：数值〕 and the server reads them back (Dangjian.Core.Reports.FigureChips).
(function () {
  var form = document.getElementById('paragraph-form');
  if (!form) { return; }
  var editor = document.getElementById('chip-editor'), text = document.getElementById('Text');
  var detail = document.getElementById('chip-detail'), selected = null;

  editor.hidden = false;
  text.hidden = true;
  document.getElementById('help-chips').hidden = false;
  document.getElementById('help-text').hidden = true;

  function serialise(node) {
    var out = '';
    node.childNodes.forEach(function (n) {
      if (n.nodeType === Node.TEXT_NODE) { out += n.nodeValue.replace(/\u00a0/g, ' '); }
      else if (n.nodeType === Node.ELEMENT_NODE && n.classList.contains('chip')) { out += '{{' + n.dataset.key + '}}'; }
      else if (n.nodeType === Node.ELEMENT_NODE) { out += serialise(n); }
    });
    return out;
  }

  function select(chip) {
    if (selected) { selected.classList.remove('selected'); }
    selected = chip;
    detail.hidden = !chip;
    if (!chip) { return; }
    chip.classList.add('selected');
    document.getElementById('chip-name').textContent = chip.dataset.label;
    document.getElementById('chip-value').textContent = chip.dataset.shown;
    var records = document.getElementById('chip-records');
    records.hidden = !chip.dataset.href;
    records.href = chip.dataset.href || '#';
  }

  form.addEventListener('submit', function () { text.value = serialise(editor); });
  // one paragraph: no line breaks, and pasted content arrives as plain words (a pasted chip would lose its link)
  editor.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); } });
  editor.addEventListener('paste', function (e) {
    e.preventDefault();
    document.execCommand('insertText', false, e.clipboardData.getData('text/plain').replace(/\s*[\r\n]+\s*/g, ''));
  });
  editor.addEventListener('drop', function (e) { e.preventDefault(); });
  editor.addEventListener('click', function (e) { select(e.target.closest('.chip')); });
  editor.addEventListener('keyup', function (e) {
    if ((e.key === ' ' || e.key === 'Enter') && e.target.classList && e.target.classList.contains('chip')) { select(e.target); }
  });
  document.getElementById('chip-remove').addEventListener('click', function () {
    if (selected) { selected.remove(); }
    select(null);
    editor.focus();
  });
})();
