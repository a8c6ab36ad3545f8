/** Dutch explanations for YAML syntax errors, by the `yaml` package's error code. */

const UITLEG: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'Er staat een dubbele punt (:) midden in een waarde. Zet de hele tekst tussen aanhalingstekens, bijvoorbeeld naam: "Koffie: samen aan tafel".',
  MULTILINE_IMPLICIT_KEY:
    'Hier mist een dubbele punt na de naam van het veld, of een tekst loopt door over meer regels. Schrijf veld: waarde op één regel, of zet lange tekst tussen aanhalingstekens.',
  BAD_INDENT:
    'De inspringing klopt niet. Velden die bij elkaar horen, beginnen precies onder elkaar. Gebruik spaties, geen tabs.',
  TAB_AS_INDENT: 'Hier staat een tab om in te springen. Gebruik alleen spaties.',
  MISSING_CHAR: 'Er ontbreekt een teken: vaak een sluitend aanhalingsteken (" of \') of een sluitend haakje (] of }).',
  DUPLICATE_KEY: 'Dit veld staat twee keer in het bestand. Houd één van de twee over.',
  UNEXPECTED_TOKEN:
    'Hier staat iets wat niet verwacht wordt. Staat er tekst na een sluitend aanhalingsteken? Zet dan de hele tekst tussen aanhalingstekens.',
  BAD_SCALAR_START:
    'Deze waarde begint met een teken dat in YAML een speciale betekenis heeft (zoals @, `, % of *). Zet de waarde tussen aanhalingstekens.',
  BAD_DQ_ESCAPE:
    'In tekst tussen dubbele aanhalingstekens staat een \\ die niet klopt. Gebruik enkele aanhalingstekens of haal de \\ weg.',
  BLOCK_IN_FLOW:
    'In een lijst tussen [ ] of { } kan geen nieuwe regel met een veld beginnen. Sluit de lijst eerst af met ] of }.',
  BAD_ALIAS: 'Hier staat een * aan het begin van een waarde. Zet de waarde tussen aanhalingstekens.',
  MULTIPLE_DOCS: 'Er staat een extra regel met --- tussen de gegevens. Haal die weg.',
  NON_STRING_KEY: 'De naam van een veld moet gewone tekst zijn.',
};

const ALGEMEEN =
  'De gegevens bovenaan dit bestand kunnen niet gelezen worden. Controleer op deze regel de inspringing, de dubbele punten en de aanhalingstekens.';

/** A Dutch explanation of a YAML error; the original English text is added for developers. */
export function yamlFoutNaarNederlands(code: string, origineel: string): string {
  const uitleg = UITLEG[code] ?? ALGEMEEN;
  const eersteRegel = origineel.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  return `De opmaak (YAML) klopt niet. ${uitleg} (Technisch: ${eersteRegel})`;
}
