// Media library upload enhancements. The form works without this script; with it:
// - photos can be dropped on the upload area, and are sent at once;
// - a file of the wrong kind or size is named next to the file field before anything is sent
//   (the server checks every file again, by its content).
(function () {
  'use strict';
  var form = document.querySelector('form.media-upload-form');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  var zone = form.querySelector('.drop-zone');
  var errors = document.getElementById('upload-file-error');
  var hint = form.querySelector('.drop-hint');
  var maxBytes = Number(form.dataset.maxBytes);
  var maxSize = form.dataset.maxSize;
  var accepted = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

  function problem(file) {
    var name = file.name.toLowerCase();
    if (file.type === 'image/svg+xml' || /\.svgz?$/.test(name)) {
      return 'SVG files are not accepted: an SVG is a drawing made of code, and it can carry scripts that would ' +
        'run in readers\' browsers. Export it as PNG or JPEG and upload that.';
    }
    if (file.size === 0) {
      return 'The file is empty (0 bytes). Choose the photo again.';
    }
    if (file.size > maxBytes) {
      return 'The file is ' + (file.size / 1048576).toFixed(1) + ' MB; the library takes files of up to ' +
        maxSize + '. Export a smaller JPEG and upload that.';
    }
    if (file.type && accepted.indexOf(file.type) < 0) {
      return 'This file is not a photo the library can use. Upload a JPEG, PNG, WebP or GIF file.';
    }
    return null;
  }

  function show(messages) {
    errors.textContent = '';
    if (messages.length === 0) {
      input.removeAttribute('aria-invalid');
      return;
    }
    var list = document.createElement('ul');
    messages.forEach(function (message) {
      var item = document.createElement('li');
      item.textContent = message;
      list.appendChild(item);
    });
    errors.appendChild(list);
    input.setAttribute('aria-invalid', 'true');
  }

  function check(files) {
    var messages = [];
    Array.prototype.forEach.call(files, function (file) {
      var message = problem(file);
      if (message) {
        messages.push(file.name + ': ' + message + ' Nothing was sent.');
      }
    });
    show(messages);
    return messages.length === 0;
  }

  input.addEventListener('change', function () {
    check(input.files);
  });

  form.addEventListener('submit', function (event) {
    if (!check(input.files)) {
      event.preventDefault();
    }
  });

  if (hint) {
    hint.hidden = false;
  }
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('is-dragging');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () {
      zone.classList.remove('is-dragging');
    });
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    var files = event.dataTransfer && event.dataTransfer.files;
    if (!files || files.length === 0) {
      return;
    }
    if (check(files)) {
      input.files = files;
      zone.classList.add('is-sending');
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });
}());
