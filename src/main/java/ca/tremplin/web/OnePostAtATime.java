package ca.tremplin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A page's forms sent from one session are handled one after the other, never side by side. A double click on
 * "Save" sends the same post twice at once: side by side, both worked on the page's one editor (its view-scoped
 * bean and the entity it holds) and one of them failed with a server error ("a collection with two open sessions")
 * or wrote the thing twice. One after the other, the second finds what the first did: the record saved, which it
 * saves again as itself. Other sessions are not held up, nor are a session's plain page reads (GET) or its API
 * calls. The locks live in this server's memory, by session id: a session's requests reach one node of a cluster
 * (the balancer's sticky sessions), and a lock object in the session itself would be copied, not shared, by a
 * distributed session store.
 */
public class OnePostAtATime extends HttpFilter {

    private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = "POST".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? request.getSession(false) : null;
        if (session == null) {
            chain.doFilter(request, response);
            return;
        }
        ReentrantLock lock = LOCKS.computeIfAbsent(session.getId(), id -> new ReentrantLock());
        lock.lock();
        try {
            chain.doFilter(request, response);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets a session's lock when the session ends, or when its id changes (at sign-in). */
    @WebListener
    public static class Forget implements HttpSessionListener, jakarta.servlet.http.HttpSessionIdListener {
        @Override
        public void sessionDestroyed(HttpSessionEvent ended) {
            LOCKS.remove(ended.getSession().getId());
        }

        @Override
        public void sessionIdChanged(HttpSessionEvent changed, String oldSessionId) {
            LOCKS.remove(oldSessionId);
        }
    }
}
