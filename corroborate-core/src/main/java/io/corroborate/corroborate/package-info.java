/**
 * Corroboration of one story: claims aligned across articles, conflicts and variants, quote provenance,
 * per-article coverage, a cited summary and a timeline, assembled by {@link io.corroborate.corroborate.Corroborator}
 * into a {@link io.corroborate.corroborate.Dossier}. Every output names the article ids and offsets it stands on.
 */
package io.corroborate.corroborate;
