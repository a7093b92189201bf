/*
 * What staff type into a field marked data-draft (a lead's note, a task's title) is kept in this tab's session storage
 * as they type, under the signed-in person's id (the page's body, data-signed-in-user) and the field's key (data-draft:
 * the page, the record and the field, "lead/42/note"), "tremplin.draft:17:lead/42/note". A session that ended while
 * the page was open (the person was on the phone, the server restarted) sends the post that would have saved it to the
 * sign-in page; once signed in, the page opens again with the field empty, and the text is put back, the field's
 * status element (named by data-draft-status, a live region) saying so in the page's words (data-draft-restored). The
 * answer to the saving marks the field data-draft-saved="true": the draft is forgotten then.
 * Session storage goes with the tab, and signing out forgets every draft (forget-offline-copy.js). A session that
 * ended by itself on a shared tablet may be followed in the same tab by someone else: the first back-office page they
 * open forgets the drafts of anyone but them, so that nobody is handed, and saves as theirs, a colleague's note.
 */
(function () {
    'use strict';
    var PREFIX = 'tremplin.draft:';
    var kept;
    try {
        kept = window.sessionStorage;
        kept.getItem(PREFIX);
    } catch (refused) {
        // Storage refused (a private window, a policy): the fields work as they always did.
        return;
    }
    var user = document.body.getAttribute('data-signed-in-user');
    if (!user) {
        // Nobody known to keep drafts for: nothing is kept, nothing put back.
        return;
    }
    var mine = PREFIX + user + ':';

    try {
        Object.keys(kept).filter(function (key) {
            return key.indexOf(PREFIX) === 0 && key.indexOf(mine) !== 0;
        }).forEach(function (key) {
            kept.removeItem(key);
        });
    } catch (unavailable) {
        return;
    }

    function announce(field) {
        var status = document.getElementById(field.getAttribute('data-draft-status'));
        var words = field.getAttribute('data-draft-restored');
        if (status && words) {
            // A moment after the page is shown: screen readers read out a live region's change, not its first state.
            window.setTimeout(function () {
                status.textContent = words;
            }, 300);
        }
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-draft]'), function (field) {
        var key = mine + field.getAttribute('data-draft');
        try {
            if (field.getAttribute('data-draft-saved') === 'true') {
                kept.removeItem(key);
            } else if (!field.value.trim() && kept.getItem(key)) {
                field.value = kept.getItem(key);
                announce(field);
            }
        } catch (unavailable) {
            return;
        }
        field.addEventListener('input', function () {
            try {
                if (field.value.trim()) {
                    kept.setItem(key, field.value);
                } else {
                    kept.removeItem(key);
                }
            } catch (full) {
                // Storage full: the field is still sent as typed, only not kept in the tab.
            }
        });
    });
}());
