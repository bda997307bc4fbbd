/** Language of each article, with the OpenNLP language detector and the model that ships in a Maven artifact. */
package io.corroborate.ingest.lang;
