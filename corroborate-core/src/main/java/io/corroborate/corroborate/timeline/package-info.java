/** Timeline: dated events from resolved time expressions, grouped by date and claim, with evidence. */
package io.corroborate.corroborate.timeline;
