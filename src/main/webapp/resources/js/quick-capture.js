/*
 * Quick capture at a fair. Each entry is written to the device (localStorage) with its own idempotency key
 * before anything is sent, then sent in order to the server; an entry leaves the device only once the server
 * has answered for it. Without a connection, entries wait and the page says how many; they go as soon as the
 * connection returns (the "online" event, and a retry every few seconds). An entry the server refuses (a field
 * to correct) leaves the queue, since sending it again would be refused again, but not the device: it is listed with
 * the reason (kept across a reload) and a button that puts all its values back into the form, to correct and save
 * again. Nothing typed about a person who has already left the stand is lost.
 */
(function () {
    'use strict';
    var form = document.getElementById('capture');
    if (!form) {
        return;
    }
    var status = document.getElementById('capture-status');
    var rejected = document.getElementById('capture-rejected');
    var error = document.getElementById('capture-error');
    var endpoint = form.getAttribute('data-endpoint');
    var storageKey = form.getAttribute('data-storage-key');
    var refusedKey = storageKey + '.refused';
    var language = document.documentElement.getAttribute('lang') || 'fr';
    var sending = false;
    // The time a refused entry was first taken, while it is being corrected in the form.
    var correcting = null;
    // Which refused entry is in the form: saved again, it leaves the refused ones (another tab may have unmarked it).
    var correctingKey = null;

    function stored(key) {
        try {
            return JSON.parse(window.localStorage.getItem(key) || '[]');
        } catch (unreadable) {
            return [];
        }
    }

    function queue() {
        return stored(storageKey);
    }

    function save(entries) {
        window.localStorage.setItem(storageKey, JSON.stringify(entries));
    }

    function newKey() {
        if (window.crypto && window.crypto.randomUUID) {
            return window.crypto.randomUUID();
        }
        return 'k' + Date.now().toString(36) + Math.random().toString(36).slice(2);
    }

    var SIGNED_OUT = 'signed out';
    var signIn = document.getElementById('capture-signin');

    /** The session ended: said, with the way to sign in again; what waits is sent once signed in. */
    function showSignedOut() {
        status.textContent = status.getAttribute('data-pending').replace('{0}', String(queue().length)) + ' '
            + status.getAttribute('data-signed-out');
        status.className = 'capture-status capture-waiting';
        status.setAttribute('data-waiting', String(queue().length));
        if (signIn) {
            signIn.hidden = false;
        }
    }

    function show(offline) {
        if (signIn) {
            signIn.hidden = true;
        }
        var waiting = queue().length;
        var toCorrect = stored(refusedKey).length;
        if (waiting === 0 && toCorrect > 0) {
            // Nothing waits to be sent, but refused entries wait on the device for a correction: not "all sent".
            status.textContent = status.getAttribute('data-to-correct').replace('{0}', String(toCorrect));
            status.className = 'capture-status capture-waiting';
        } else if (waiting === 0) {
            status.textContent = status.getAttribute('data-sent');
            status.className = 'capture-status capture-sent';
        } else {
            status.textContent = status.getAttribute('data-pending').replace('{0}', String(waiting))
                + (offline ? ' ' + status.getAttribute('data-offline') : '');
            status.className = 'capture-status capture-waiting';
        }
        status.setAttribute('data-waiting', String(waiting));
    }

    function reject(entry, reasons) {
        var refused = stored(refusedKey);
        refused.push({entry: entry, reasons: reasons});
        window.localStorage.setItem(refusedKey, JSON.stringify(refused));
        showRefused();
    }

    /** The entries the server refused, each with its reason and a button to correct it in the form. */
    function showRefused() {
        rejected.textContent = '';
        stored(refusedKey).filter(function (refusal) {
            return !refusal.correcting;
        }).forEach(function (refusal) {
            var person = refusal.entry.person;
            var item = document.createElement('li');
            var contact = person.email || person.phone || '';
            item.appendChild(document.createTextNode(person.firstName + ' ' + person.lastName
                + (contact ? ' <' + contact + '>' : '') + ' : ' + refusal.reasons + ' '));
            var correct = document.createElement('button');
            correct.type = 'button';
            correct.className = 'capture-correct';
            correct.textContent = rejected.getAttribute('data-correct');
            correct.setAttribute('aria-label', rejected.getAttribute('data-correct') + ' : ' + person.firstName + ' '
                + person.lastName);
            correct.addEventListener('click', function () {
                fill(person);
                // The person was met when the entry was first taken: corrected, it keeps that time.
                correcting = refusal.entry.at;
                correctingKey = refusal.entry.key;
                // Kept on the device until it is saved again (a reload, a closed tab, a tablet that dies meanwhile
                // loses nothing), out of the list while it is in the form.
                window.localStorage.setItem(refusedKey, JSON.stringify(stored(refusedKey).map(function (other) {
                    // One in the form at a time: another one taken there before goes back to the list.
                    if (other.entry.key === refusal.entry.key) {
                        other.correcting = true;
                    } else {
                        delete other.correcting;
                    }
                    return other;
                })));
                showRefused();
                form.elements.firstName.focus();
            });
            item.appendChild(correct);
            rejected.appendChild(item);
        });
        if (queue().length === 0) {
            // Nothing waits to be sent: the status says whether entries wait for a correction instead.
            show(false);
        }
    }

    /** Puts a person's values back into the form. */
    function fill(person) {
        ['firstName', 'lastName', 'email', 'phone', 'note'].forEach(function (name) {
            form.elements[name].value = person[name] || '';
        });
        form.elements.countryOfResidence.value = person.countryOfResidence || '';
        if (person.language) {
            form.elements.language.value = person.language;
        }
        Array.prototype.forEach.call(form.elements.programIds.options, function (option) {
            option.selected = (person.programIds || []).indexOf(Number(option.value)) >= 0;
        });
        form.elements.consentToContact.checked = !!person.consentToContact;
        form.elements.consentToNews.checked = !!person.consentToNews;
    }

    function sendNext() {
        var entries = queue();
        if (sending || entries.length === 0) {
            show(false);
            return;
        }
        sending = true;
        var entry = entries[0];
        fetch(endpoint, {
            method: 'POST',
            credentials: 'same-origin',
            // The reasons of a refusal in the page's language, whatever the browser's.
            headers: {'Content-Type': 'application/json', 'Idempotency-Key': entry.key, 'Accept': 'application/json',
                'Accept-Language': language},
            // When the device took it: sent the next day, the person still came on the fair's day.
            body: JSON.stringify(Object.assign({capturedAt: entry.at}, entry.person))
        }).then(function (response) {
            var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
            if (response.ok && json && !response.redirected) {
                return null;
            }
            if (response.ok || response.status === 401) {
                // The session ended (the staff API answers 401; a page would be the sign-in page): the entry waits
                // on the device until the recruiter signs in again, in another tab, and the next try sends it.
                throw new Error(SIGNED_OUT);
            }
            if (response.status === 400 || response.status === 404 || response.status === 422
                    || response.status === 409) {
                return response.json().catch(function () {
                    return {};
                }).then(function (problem) {
                    var reasons = (problem.errors || []).map(function (e) {
                        return e.message || e.detail || e.name;
                    }).join(' ; ');
                    // A refusal about no field ("registrations are closed") says why in its detail.
                    reject(entry, reasons || problem.detail || problem.title || String(response.status));
                    return null;
                });
            }
            throw new Error('HTTP ' + response.status);
        }).then(function () {
            save(queue().filter(function (waiting) {
                return waiting.key !== entry.key;
            }));
            sending = false;
            sendNext();
        }).catch(function (failure) {
            // No connection (or the server is away, or the session ended): the entry stays on the device.
            sending = false;
            if (failure && failure.message === SIGNED_OUT) {
                showSignedOut();
            } else {
                show(true);
            }
        });
    }

    /**
     * Marks each field the form refuses — required and empty, an address that is not one — with the page's own words
     * (not the browser's, in whatever language it speaks) beside the field, aria-invalid and aria-describedby, and
     * says them all in the summary; focus on the first. True when every field reads.
     */
    function markInvalidFields() {
        var messages = [];
        var first = null;
        Array.prototype.forEach.call(form.querySelectorAll('input, select, textarea'), function (field) {
            if (!field.id) {
                return;
            }
            var errorId = field.id + '-error';
            var shown = document.getElementById(errorId);
            var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
                return id && id !== errorId;
            });
            if (field.validity.valid) {
                field.removeAttribute('aria-invalid');
                if (shown) {
                    shown.parentNode.removeChild(shown);
                }
                if (described.length) {
                    field.setAttribute('aria-describedby', described.join(' '));
                } else {
                    field.removeAttribute('aria-describedby');
                }
                return;
            }
            var text = field.validity.customError ? field.validationMessage
                : field.validity.typeMismatch ? form.getAttribute('data-msg-email')
                : field.type === 'checkbox' ? form.getAttribute('data-msg-consent')
                    : form.getAttribute('data-msg-required');
            if (!shown) {
                shown = document.createElement('span');
                shown.id = errorId;
                shown.className = 'field-error';
                field.parentNode.appendChild(shown);
            }
            shown.textContent = text;
            field.setAttribute('aria-invalid', 'true');
            field.setAttribute('aria-describedby', described.concat([errorId]).join(' '));
            var label = form.querySelector('label[for="' + field.id + '"]');
            // A field by its label ("Courriel : …" in French, "Email: …" in English); a consent by its message alone.
            messages.push(label && field.type !== 'checkbox' ? form.getAttribute('data-msg-labelled')
                .replace('{0}', label.textContent.replace(' *', '').trim()).replace('{1}', text) : text);
            first = first || field;
        });
        error.textContent = messages.join(' ');
        if (first) {
            first.focus();
        }
        return first === null;
    }

    form.addEventListener('submit', function (submitted) {
        submitted.preventDefault();
        error.textContent = '';
        var data = new FormData(form);
        var person = {
            firstName: (data.get('firstName') || '').trim(),
            lastName: (data.get('lastName') || '').trim(),
            email: (data.get('email') || '').trim(),
            phone: (data.get('phone') || '').trim(),
            countryOfResidence: data.get('countryOfResidence') || null,
            language: data.get('language') || null,
            // The language of the page the consent sentences were read from, kept with the words.
            pageLanguage: language,
            note: (data.get('note') || '').trim(),
            programIds: data.getAll('programIds').map(Number),
            consentToContact: form.elements.consentToContact.checked,
            consentToNews: form.elements.consentToNews.checked
        };
        // An e-mail or a phone: a visitor who gives only their phone is captured too.
        form.elements.email.setCustomValidity(person.email || person.phone ? ''
            : form.getAttribute('data-msg-email-or-phone'));
        if (!markInvalidFields()) {
            return;
        }
        var entries = queue();
        entries.push({key: newKey(), person: person, at: correcting || new Date().toISOString()});
        if (correctingKey) {
            // Saved again, corrected: the refused entry it was is in the queue now.
            window.localStorage.setItem(refusedKey, JSON.stringify(stored(refusedKey).filter(function (other) {
                return other.entry.key !== correctingKey;
            })));
        }
        correcting = null;
        correctingKey = null;
        save(entries);
        form.reset();
        status.textContent = status.getAttribute('data-saved');
        form.elements.firstName.focus();
        sendNext();
    });

    /**
     * The page kept on the device for a reload without a connection (capture-worker.js): the worker answers
     * from this copy when the network cannot. This load did not go through the worker, so the page and what it
     * loaded are put in the copy here, each time it opens with a connection.
     */
    function keepForOffline() {
        var worker = form.getAttribute('data-worker');
        if (!worker || !('serviceWorker' in navigator) || !window.caches || !navigator.onLine) {
            return;
        }
        navigator.serviceWorker.register(worker, {scope: form.getAttribute('data-worker-scope')}).then(function () {
            var addresses = [window.location.href];
            Array.prototype.forEach.call(document.querySelectorAll('script[src], link[rel="stylesheet"][href], '
                + 'link[rel~="icon"][href]'), function (element) {
                addresses.push(element.src || element.href);
            });
            return window.caches.open('tremplin-capture-v1').then(function (cache) {
                return Promise.all(addresses.map(function (address) {
                    // Kept only as this origin answers it: a session that ended answers the page with the sign-in
                    // page (a redirect), which must not replace the copy.
                    return window.fetch(address, {credentials: 'same-origin'}).then(function (response) {
                        return response.ok && !response.redirected ? cache.put(address, response) : null;
                    }).catch(function () {
                        return null; // one file missing leaves the rest of the copy useful
                    });
                }));
            });
        }).then(function () {
            form.setAttribute('data-kept-offline', 'true');
        }).catch(function () {
            // No copy (a private window, storage refused): the page still works while the connection holds.
        });
    }

    window.addEventListener('online', sendNext);
    window.setInterval(sendNext, 5000);
    // An entry that was in the form when the page closed is listed again, to correct.
    window.localStorage.setItem(refusedKey, JSON.stringify(stored(refusedKey).map(function (refusal) {
        delete refusal.correcting;
        return refusal;
    })));
    showRefused();
    sendNext();
    keepForOffline();
}());
