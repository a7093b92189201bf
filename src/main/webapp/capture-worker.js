/*
 * The quick capture page's copy for when there is no connection. A fair's connection comes and goes, and a tablet
 * reloads its tab (or its browser restarts) without one: the page then has to come from the device, with its form
 * and the entries waiting there to be sent, or nobody else can be captured until the network is back. The page puts
 * itself and what it loads in this cache each time it opens with a connection (quick-capture.js); here, what the
 * network cannot give is given from that copy, as is the page itself when a session that ended would answer it with
 * the sign-in page. The worker's scope is the capture page alone: no other page of the back office is kept on a
 * device. Signing out deletes the copy (signin.xhtml). The script itself is public (it holds nothing of anyone's),
 * so that the browser's checks for a new version, made whether or not the recruiter is signed in, never end on the
 * sign-in page; `web.SecurityHeadersFilter` allows it the capture page's scope under /admin/.
 */
'use strict';

var CACHE = 'tremplin-capture-v1';

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
    var request = event.request;
    // The entries themselves are posted by the page, which keeps them until the server has them; only the page
    // and the files it is made of are kept, never what a script of the page might read besides.
    if (request.method !== 'GET' || (request.mode !== 'navigate'
            && ['script', 'style', 'font', 'image'].indexOf(request.destination) < 0)) {
        return;
    }
    event.respondWith(fetch(request).then(function (response) {
        // Kept: what this origin answered as asked.
        if (response.ok && !response.redirected && new URL(request.url).origin === self.location.origin) {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) {
                return cache.put(request, copy);
            });
            return response;
        }
        // A session that ended answers the page with the sign-in page: the page kept on the device is given instead,
        // so that the fair goes on; the entries wait there, and the page says the session ended, with a link to sign
        // in again, when it next sends them.
        // (A page's own request does not follow a redirect: its answer is an "opaqueredirect" the browser follows.)
        if (request.mode === 'navigate' && (response.type === 'opaqueredirect' || response.redirected)) {
            return kept(request).then(function (copy) {
                return copy || response;
            });
        }
        return response;
    }).catch(function (noConnection) {
        return kept(request).then(function (copy) {
            if (copy) {
                return copy;
            }
            throw noConnection;
        });
    }));
});

function kept(request) {
    return caches.open(CACHE).then(function (cache) {
        return cache.match(request);
    });
}
