/** People, organisations and places: names with roles, descriptions, pronouns and in-article entities, by rules and lexicons. */
package io.corroborate.annotate.mention;
