/** The back office's home page: what the signed-in person's tenant looks like today. */
package ca.tremplin.dashboard;
