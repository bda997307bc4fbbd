/** Coverage: what each article alone reports and which well-supported claims it leaves out. */
package io.corroborate.corroborate.coverage;
