/** Conflict detection: aligned statements compared slot by slot (day, number, name, quote speaker). */
package io.corroborate.corroborate.conflict;
