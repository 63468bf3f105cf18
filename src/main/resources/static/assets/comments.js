// Comment form enhancements. The form works without this script; with it:
// - a page served from a cache gets a fresh form token (the time it records is the reader's, not the cache's);
// - the name, email and website the reader asked to remember are filled in from their own cookie;
// - "Reply" moves the form under the comment instead of loading a new page.
(function () {
  'use strict';
  var section = document.getElementById('comments');
  var respond = document.getElementById('respond');
  if (!section || !respond) {
    return;
  }
  var form = respond.querySelector('form');
  var titleText = respond.querySelector('.respond-title-text');
  var cancel = respond.querySelector('.cancel-reply');
  var originalTitle = 'Leave a Reply';
  var home = document.createComment('respond');
  respond.parentNode.insertBefore(home, respond);

  fetch('/comments/token?article=' + encodeURIComponent(section.dataset.article), { credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) { if (data && data.token) { form.elements.token.value = data.token; } })
    .catch(function () { /* the token in the page still works */ });

  var saved = document.cookie.split('; ').filter(function (c) { return c.indexOf('dateline_commenter=') === 0; })[0];
  if (saved) {
    var parts = saved.substring('dateline_commenter='.length).split('|').map(function (part) {
      try { return decodeURIComponent(part); } catch (e) { return ''; }
    });
    ['name', 'email', 'website'].forEach(function (field, i) {
      if (form.elements[field] && !form.elements[field].value && parts[i]) {
        form.elements[field].value = parts[i];
      }
    });
    form.elements.remember.checked = true;
  }

  function replyTo(id, author) {
    var comment = document.getElementById('comment-' + id);
    if (!comment) {
      return;
    }
    comment.querySelector('.comment-body').after(respond);
    form.elements.parent.value = id;
    titleText.textContent = 'Reply to ' + author;
    cancel.hidden = false;
    form.elements.body.focus();
  }

  function cancelReply() {
    home.after(respond);
    form.elements.parent.value = '';
    titleText.textContent = originalTitle;
    cancel.hidden = true;
  }

  section.addEventListener('click', function (event) {
    var link = event.target.closest('a.comment-reply-link');
    if (link) {
      event.preventDefault();
      replyTo(link.dataset.comment, link.dataset.author);
    }
  });
  cancel.addEventListener('click', function (event) {
    event.preventDefault();
    cancelReply();
  });
})();
