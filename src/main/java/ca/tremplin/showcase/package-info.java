/**
 * The apprentices' showcase ("Fiers d'être apprentis"): a centre invites its apprentices (one by one by e-mail, or a
 * class with one link limited in time and uses), each posts a profile with a photo at work from their phone without
 * an account, with their consents word for word (and a guardian's under 14); nothing is public before a moderator of
 * the centre approves it; the public gallery leads to the program, the trade's offers and the information form; the
 * person withdraws at any time from the link they keep. Public reads cross tenants and say so in their names.
 */
package ca.tremplin.showcase;
