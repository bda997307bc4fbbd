package io.corroborate.annotate;

public enum EntityType { PERSON, ORGANIZATION, LOCATION, OTHER }
