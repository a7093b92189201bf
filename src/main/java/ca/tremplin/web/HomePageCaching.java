package ca.tremplin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What a cache may keep of the home page at the site's root ({@code /}, which the container answers with its welcome
 * page, {@code /index.xhtml}, where web.xml maps this filter): the rule of every public page that only shows
 * ({@link PublicPageCaching#shown}), as its twins {@code /fr} and {@code /en} say it through the address filter that
 * maps them. It lists the centres, which the coordinating organisation opens and closes: a browser asks again each
 * time it shows it, and nobody keeps the page of someone signed in.
 */
public class HomePageCaching extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PublicPageCaching.shown(request, response);
        chain.doFilter(request, response);
    }
}
