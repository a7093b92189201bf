/*
 * Signed out: the quick capture page kept on this device for a reload without a connection (capture-worker.js)
 * is deleted, with its worker, so that the next person to pick up the tablet finds nothing of the back office on it.
 * Entries still waiting to be sent stay: they are sent once someone of the centre signs in again. The drafts kept in the
 * tab (drafts.js) are forgotten: they were kept for a session that ended by itself, not for one its person ended.
 */
(function () {
    'use strict';
    if (window.caches) {
        window.caches.delete('tremplin-capture-v1');
    }
    if (navigator.serviceWorker) {
        navigator.serviceWorker.getRegistrations().then(function (registrations) {
            registrations.forEach(function (registration) {
                registration.unregister();
            });
        });
    }
    try {
        Object.keys(window.sessionStorage).filter(function (key) {
            return key.indexOf('tremplin.draft:') === 0;
        }).forEach(function (key) {
            window.sessionStorage.removeItem(key);
        });
    } catch (refused) {
        // No storage, so no draft either.
    }
}());
