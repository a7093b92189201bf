/**
 * The program catalogue: what each school service centre offers (centres, programs, intakes) and how the
 * world finds it. Back-office use cases ({@link ca.tremplin.catalog.CatalogService}) work inside the signed-in
 * tenant; the public search ({@link ca.tremplin.catalog.PublicCatalog}) reads published programs of every
 * tenant, on purpose, and says so in its name.
 */
package ca.tremplin.catalog;
