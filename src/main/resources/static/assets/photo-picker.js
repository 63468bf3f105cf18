// The article editor's photo picker. Without this script the hero field takes a photo's number and the
// body takes ![](photo:12) as typed; with it:
// - "Choose hero photo" opens a dialog that finds photos in the media library (/newsroom/media/search.json)
//   and fills the hero field and the thumbnail and caption shown next to it;
// - "Insert photo" opens the same dialog and puts the chosen photo in the body, on a paragraph of its own,
//   where the cursor was.
// Both changes reach editor.js as typing does, so the live preview follows and the draft saves itself.
// The dialog is a native <dialog>: Escape closes it, and focus goes back to the button that opened it.
(function () {
  'use strict';
  var form = document.getElementById('article-form');
  var dialog = document.getElementById('photo-picker');
  if (!form || !dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var hero = form.elements.hero;
  var body = form.elements.body;
  var heroButton = document.getElementById('choose-hero');
  var insertButton = document.getElementById('insert-photo');
  var heroPreview = document.getElementById('hero-preview');
  var heroSaid = document.getElementById('hero-said');
  var bodySaid = document.getElementById('body-photo-said');
  var title = document.getElementById('photo-picker-title');
  var search = document.getElementById('photo-picker-search');
  var query = search.elements.q;
  var status = document.getElementById('photo-picker-status');
  var grid = document.getElementById('photo-picker-grid');
  var newer = dialog.querySelector('[data-page=newer]');
  var older = dialog.querySelector('[data-page=older]');

  var opener = null;
  var choose = null;
  var shown = { query: '', page: 1 };
  var photos = {};
  var request = 0;

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function caption(photo) {
    return photo.caption || 'No caption';
  }

  // Pages of photos

  function load(text, page, focusFirst) {
    var mine = ++request;
    status.textContent = 'Looking for photos…';
    grid.setAttribute('aria-busy', 'true');
    fetch('/newsroom/media/search.json?q=' + encodeURIComponent(text) + '&page=' + page,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      })
      .then(function (result) {
        if (mine === request) {
          show(result, focusFirst);
        }
      })
      .catch(function () {
        if (mine === request) {
          grid.removeAttribute('aria-busy');
          status.textContent = 'The photos could not be loaded just now. Try again, or find the photo in the ' +
            'media library and write its number.';
        }
      });
  }

  function show(result, focusFirst) {
    shown = { query: result.query, page: result.page };
    photos = {};
    grid.textContent = '';
    result.photos.forEach(function (photo) {
      photos[photo.id] = photo;
      grid.appendChild(choice(photo));
    });
    grid.removeAttribute('aria-busy');
    if (result.total === 0) {
      status.textContent = result.query ? 'No photo matches “' + result.query + '”. Try fewer or other words.'
        : 'The library has no photos yet: upload them in the media library.';
    } else {
      status.textContent = result.total + (result.total === 1 ? ' photo' : ' photos') +
        (result.query ? (result.total === 1 ? ' matches “' : ' match “') + result.query + '”' : ' in the library') +
        (result.pageCount > 1 ? ', page ' + result.page + ' of ' + result.pageCount : '') + '.';
    }
    newer.hidden = result.page <= 1;
    older.hidden = !result.hasMore;
    var first = grid.querySelector('button');
    if (focusFirst && first) {
      first.focus();
    }
  }

  function choice(photo) {
    var item = element('li', 'photo-picker-item');
    var button = element('button', 'photo-choice');
    button.type = 'button';
    button.dataset.photo = photo.id;
    var width = Math.min(480, photo.width);
    var image = element('img');
    image.src = photo.thumbnail;
    image.alt = photo.alt;
    image.width = width;
    image.height = Math.max(1, Math.round(width * photo.height / photo.width));
    image.loading = 'lazy';
    button.appendChild(image);
    button.appendChild(element('span', 'photo-choice-caption', caption(photo)));
    if (photo.credit) {
      button.appendChild(element('span', 'photo-choice-credit', photo.credit));
    }
    if (!photo.alt) {
      button.appendChild(element('span', 'photo-choice-missing', 'No alt text yet'));
    }
    button.appendChild(element('span', 'photo-choice-number', 'Photo ' + photo.id));
    item.appendChild(button);
    return item;
  }

  search.addEventListener('submit', function (event) {
    event.preventDefault();
    load(query.value.trim(), 1, false);
  });
  newer.addEventListener('click', function () {
    load(shown.query, shown.page - 1, true);
  });
  older.addEventListener('click', function () {
    load(shown.query, shown.page + 1, true);
  });
  grid.addEventListener('click', function (event) {
    var button = event.target.closest('button.photo-choice');
    var photo = button && photos[button.dataset.photo];
    if (photo) {
      choose(photo);
      dialog.close();
    }
  });

  // Opening and closing

  function open(button, heading, chosen) {
    opener = button;
    choose = chosen;
    title.textContent = heading;
    dialog.showModal();
    query.focus();
    query.select();
    load(query.value.trim(), 1, false);
  }

  dialog.querySelector('.photo-picker-close').addEventListener('click', function () {
    dialog.close();
  });
  // A click on the backdrop lands on the dialog itself, outside its padded body.
  dialog.addEventListener('click', function (event) {
    if (event.target === dialog) {
      dialog.close();
    }
  });
  dialog.addEventListener('close', function () {
    request++;
    if (opener) {
      opener.focus();
    }
  });

  // The hero photo

  function showHero(photo) {
    heroPreview.textContent = '';
    heroPreview.dataset.photo = photo.id;
    var figure = element('figure');
    var image = element('img', 'hero-thumb');
    image.src = photo.thumbnail;
    image.alt = photo.alt;
    image.width = 160;
    image.height = Math.max(1, Math.round(160 * photo.height / photo.width));
    figure.appendChild(image);
    var text = element('figcaption');
    if (photo.caption) {
      text.appendChild(element('span', 'caption', photo.caption));
    }
    if (photo.caption && photo.credit) {
      text.appendChild(document.createTextNode(' '));
    }
    if (photo.credit) {
      text.appendChild(element('span', 'credit', photo.credit));
    }
    figure.appendChild(text);
    heroPreview.appendChild(figure);
  }

  heroButton.addEventListener('click', function () {
    open(heroButton, 'Choose the hero photo', function (photo) {
      hero.value = String(photo.id);
      hero.removeAttribute('aria-invalid');
      hero.setAttribute('aria-describedby', 'hero-note');
      showHero(photo);
      heroSaid.textContent = 'Hero photo ' + photo.id + ' chosen: ' + caption(photo);
      hero.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });
  // A number typed by hand may be another photo: the preview would then show the wrong one.
  hero.addEventListener('input', function () {
    if (hero.value.trim() !== heroPreview.dataset.photo) {
      heroPreview.textContent = '';
      heroPreview.dataset.photo = '';
    }
  });
  heroButton.hidden = false;

  // Photos in the body

  var cursorKnown = false;
  body.addEventListener('focus', function () {
    cursorKnown = true;
  });

  function insert(photo) {
    var markdown = '![](photo:' + photo.id + ')';
    var at = cursorKnown ? body.selectionEnd : body.value.length;
    var before = body.value.slice(0, at);
    var after = body.value.slice(at);
    var lead = (before === '' || /\n\n$/.test(before)) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
    var tail = /^\n\n/.test(after) ? '' : (/^\n/.test(after) ? '\n' : '\n\n');
    body.setRangeText(lead + markdown + tail, at, at, 'end');
    cursorKnown = true;
    bodySaid.textContent = 'Photo ' + photo.id + ' placed in the text: ' + caption(photo);
    body.dispatchEvent(new Event('input', { bubbles: true }));
  }

  insertButton.addEventListener('click', function () {
    open(insertButton, 'Insert a photo in the text', insert);
  });
  insertButton.closest('.body-tools').hidden = false;
}());
