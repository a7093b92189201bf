/*
 * Quick capture at a fair. Each entry is written to the device (localStorage) with its own idempotency key
 * before anything is sent, then sent in order to the server; an entry leaves the device only once the server
 * has answered for it. Without a connection, entries wait and the page says how many; they go as soon as the
 * connection returns (the "online" event, and a retry every few seconds). An entry the server refuses (a field
 * to correct) is listed with the reason and leaves the queue: sending it again would be refused again.
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
    var sending = false;

    function queue() {
        try {
            return JSON.parse(window.localStorage.getItem(storageKey) || '[]');
        } catch (unreadable) {
            return [];
        }
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

    function show(offline) {
        var waiting = queue().length;
        if (waiting === 0) {
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
        var item = document.createElement('li');
        item.textContent = entry.person.firstName + ' ' + entry.person.lastName + ' <' + entry.person.email + '> : '
            + reasons;
        rejected.appendChild(item);
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
            headers: {'Content-Type': 'application/json', 'Idempotency-Key': entry.key, 'Accept': 'application/json'},
            body: JSON.stringify(entry.person)
        }).then(function (response) {
            var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
            if (response.ok && json && !response.redirected) {
                return null;
            }
            if (response.ok) {
                // The sign-in page, after the session ended: the entry waits until the recruiter signs in again.
                throw new Error('signed out');
            }
            if (response.status === 400 || response.status === 404 || response.status === 422
                    || response.status === 409) {
                return response.json().catch(function () {
                    return {};
                }).then(function (problem) {
                    var reasons = (problem.errors || []).map(function (e) {
                        return e.message || e.detail || e.name;
                    }).join(' ; ');
                    reject(entry, reasons || problem.title || String(response.status));
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
        }).catch(function () {
            // No connection (or the server is away, or the session ended): the entry stays on the device.
            sending = false;
            show(true);
        });
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
            note: (data.get('note') || '').trim(),
            programIds: data.getAll('programIds').map(Number),
            consentToContact: form.elements.consentToContact.checked,
            consentToNews: form.elements.consentToNews.checked
        };
        if (!form.checkValidity()) {
            var invalid = form.querySelector(':invalid');
            var label = invalid ? form.querySelector('label[for="' + invalid.id + '"]') : null;
            error.textContent = (label ? label.textContent.replace(' *', '') + ' : ' : '') + (invalid ? invalid.validationMessage : '');
            if (invalid) {
                invalid.focus();
            }
            return;
        }
        var entries = queue();
        entries.push({key: newKey(), person: person, at: new Date().toISOString()});
        save(entries);
        form.reset();
        status.textContent = status.getAttribute('data-saved');
        form.elements.firstName.focus();
        sendNext();
    });

    window.addEventListener('online', sendNext);
    window.setInterval(sendNext, 5000);
    sendNext();
}());
