// Saves uploading a file the server would refuse anyway; the server checks again.
// <form data-max-bytes="…" data-size-input="id" data-size-error="id">
(function () {
  document.querySelectorAll('form[data-max-bytes]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      var input = document.getElementById(form.dataset.sizeInput), max = +form.dataset.maxBytes;
      var tooBig = input.files.length > 0 && input.files[0].size > max;
      document.getElementById(form.dataset.sizeError).hidden = !tooBig;
      if (tooBig) { e.preventDefault(); }
    });
  });
})();
