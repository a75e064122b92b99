// Filled in by the build (asn-app/pom.xml): the app's version, sent with every attempt as X-Sapo-Client.
export const VERSION = '@project.version@';
export const BUILD = '@sapo.app.build@';
