/**
 * What runs when the application starts, in order: schema migrations first, then the features that keep work going
 * (see {@link ca.tremplin.startup.StartupSequence}). It sits above every feature so that none of them, nor the
 * kernel, has to know the others.
 */
package ca.tremplin.startup;
