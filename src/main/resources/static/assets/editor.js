// The article editor, enhanced. The form works without this script; with it:
// - the slug is suggested from the headline while the slug field is empty;
// - a draft saves itself a few seconds after typing stops (and says so), never over another editor's save
//   (a published story does not: it is the live page);
// - a live preview on the real article template follows what is typed;
// - tags autocomplete from the tags the site has.
(function () {
  'use strict';
  var form = document.getElementById('article-form');
  if (!form) {
    return;
  }
  var articleId = form.dataset.article;
  var status = document.getElementById('autosave-status');
  var csrf = form.querySelector('input[name=_csrf]');

  function formData() {
    var data = new FormData(form);
    data.delete('action');
    return new URLSearchParams(data);
  }

  // Slug suggestion
  var headline = form.elements.headline;
  var slug = form.elements.slug;
  var suggested = null;
  headline.addEventListener('change', function () {
    if (slug.value && slug.value !== suggested) {
      return;
    }
    fetch('/newsroom/articles/slug?headline=' + encodeURIComponent(headline.value) + '&id=' + (articleId || 0),
      { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (d) { if (d) { suggested = d.slug; slug.value = d.slug; } });
  });

  // Autosave of drafts and scheduled stories: a new article is created as a draft by its first autosave (once it
  // has what a draft needs, a headline and a section), then saved where it now lives; a published story is the
  // live page, whose changes go out when the desk presses Save
  var published = form.dataset.published === 'true';
  var dirty = false;
  var timer = null;
  var creating = false;
  function createDraft() {
    if (creating || !form.elements.headline.value.trim()) {
      return;
    }
    creating = true;
    dirty = false;
    fetch('/newsroom/articles/autosave', {
      method: 'POST', credentials: 'same-origin', body: formData(),
      headers: { 'X-CSRF-TOKEN': csrf.value }
    }).then(function (r) {
      return r.json().then(function (d) { return { ok: r.ok, data: d }; });
    }).then(function (result) {
      creating = false;
      if (result.ok) {
        articleId = String(result.data.id);
        form.dataset.article = articleId;
        form.action = result.data.edit;
        form.elements.version.value = result.data.version;
        history.replaceState(null, '', result.data.edit);
        status.textContent = 'Draft saved at ' + result.data.savedAt.replace('T', ' ') + '.';
      } else {
        status.textContent = result.data.message;
        dirty = true;
      }
    }).catch(function () {
      creating = false;
      status.textContent = 'Could not save just now; your text is still here.';
      dirty = true;
    });
  }

  function autosave() {
    if (!dirty) {
      return;
    }
    if (!articleId) {
      createDraft();
      return;
    }
    if (published) {
      status.textContent = 'Published stories are not saved automatically: press Save when the change is ready.';
      return;
    }
    dirty = false;
    fetch('/newsroom/articles/' + articleId + '/autosave', {
      method: 'POST', credentials: 'same-origin', body: formData(),
      headers: { 'X-CSRF-TOKEN': csrf.value }
    }).then(function (r) {
      return r.json().then(function (d) { return { ok: r.ok, data: d }; });
    }).then(function (result) {
      if (result.ok) {
        form.elements.version.value = result.data.version;
        status.textContent = 'Draft saved at ' + result.data.savedAt.replace('T', ' ') + '.';
      } else {
        status.textContent = result.data.message;
      }
    }).catch(function () { status.textContent = 'Could not save just now; your text is still here.'; dirty = true; });
  }

  // Live preview
  var previewSection = document.querySelector('.live-preview');
  var preview = document.getElementById('live-preview');
  var previewTimer = null;
  function refreshPreview() {
    var data = formData();
    if (articleId) {
      data.set('id', articleId);
    }
    fetch('/newsroom/articles/preview', {
      method: 'POST', credentials: 'same-origin', body: data, headers: { 'X-CSRF-TOKEN': csrf.value }
    }).then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html) { preview.srcdoc = html; previewSection.hidden = false; } });
  }

  form.addEventListener('input', function () {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(autosave, 5000);
    clearTimeout(previewTimer);
    previewTimer = setTimeout(refreshPreview, 800);
  });
  form.addEventListener('submit', function (event) {
    if (creating) {
      // the first autosave is creating the draft: saving now would make a second one
      event.preventDefault();
      status.textContent = 'Saving the draft; press Save again in a moment.';
      return;
    }
    dirty = false;
    clearTimeout(timer);
  });
  refreshPreview();

  // Tag autocomplete: suggestions for the tag being typed after the last comma
  var tags = form.elements.tags;
  var list = document.createElement('datalist');
  list.id = 'tag-suggestions';
  document.body.appendChild(list);
  tags.setAttribute('list', list.id);
  tags.addEventListener('input', function () {
    var parts = tags.value.split(',');
    var current = parts.pop().trim();
    if (current.length < 2) {
      return;
    }
    var before = parts.map(function (p) { return p.trim(); }).filter(Boolean);
    fetch('/newsroom/tags.json?q=' + encodeURIComponent(current), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (names) {
        list.innerHTML = '';
        names.forEach(function (name) {
          var option = document.createElement('option');
          option.value = before.concat([name]).join(', ');
          list.appendChild(option);
        });
      });
  });
})();
