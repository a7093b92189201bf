/**
 * Campaigns: a centre's plan (or the coordinating organisation's, spanning the centres it names) with a SMART
 * objective, audiences, key messages and hashtags, a budget and activities week by week; each activity's tracked
 * link (UTM parameters, QR code) to a public page; visits through those links counted per day and page, never per
 * visitor; and what each campaign brought, from the first and last touches that requests, registrations,
 * applications and leads carry ({@link ca.tremplin.person.CampaignAttribution}).
 */
package ca.tremplin.campaign;
