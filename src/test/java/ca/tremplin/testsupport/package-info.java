/**
 * What the integration tests share: the deployment built from the packaged application, a browser, a test
 * SMTP server, and builders of test data.
 */
package ca.tremplin.testsupport;
