// The names the claim finder may label without guessing: organisations and
// places it knows by name, and the words that make a longer name one of them
// ("... Ministry", "... Mountains"). Written as they are spelt in news copy and
// matched in that case ("US", never "us"). Kept to names whose kind does not
// depend on the sentence: an acronym that is not listed (DNA, GDP, CEO) gets no
// chip, rather than a wrong one, and countries that are as often a person or a
// US state (Chad, Georgia, Jordan) are left out.

export type EntityKind = 'organisation' | 'person' | 'place';

const ORGANISATIONS = [
  // armed groups, parties and movements
  'ISIS',
  'ISIL',
  'Islamic State',
  'Daesh',
  'al-Qaeda',
  'Al-Qaeda',
  'al Qaeda',
  'Al Qaeda',
  'al-Shabaab',
  'Hamas',
  'Hezbollah',
  'Taliban',
  'Houthis',
  'Boko Haram',
  // governments, armed forces and agencies
  'Pentagon',
  'Kremlin',
  'White House',
  'State Department',
  'CENTCOM',
  'NATO',
  'UN',
  'U.N.',
  'United Nations',
  'EU',
  'E.U.',
  'European Union',
  'African Union',
  'Arab League',
  'FBI',
  'CIA',
  'NSA',
  'NASA',
  'MI5',
  'MI6',
  'IDF',
  'Mossad',
  'Interpol',
  'Europol',
  'IAEA',
  'IMF',
  'World Bank',
  'WTO',
  'OPEC',
  'Red Cross',
  'Amnesty International',
  'Human Rights Watch',
  // news organisations
  'CNN',
  'BBC',
  'Reuters',
  'AFP',
  'Associated Press',
];

const COUNTRIES =
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe';
const REGIONS =
  'Africa|Asia|Europe|Antarctica|North America|South America|Latin America|Central America|Middle East|Gulf|Persian Gulf|Balkans|Caucasus|Sahel|Gaza|Gaza Strip|West Bank|Golan Heights|Crimea|Donbas|Kurdistan';

/** Known names by their words as written, to their kind. */
export const KNOWN_NAMES: ReadonlyMap<string, EntityKind> = new Map<string, EntityKind>([
  ...ORGANISATIONS.map((name) => [name, 'organisation'] as const),
  ...`${COUNTRIES}|${REGIONS}`.split('|').map((name) => [name, 'place'] as const),
]);

/** The most words a known name has ("United States of America"). */
export const KNOWN_NAME_MAX_WORDS = Math.max(...[...KNOWN_NAMES.keys()].map((name) => name.split(' ').length));

/** A name of two or more capitalised words ending in one of these is an organisation ("Iraqi Joint Operations Command"). */
export const ORGANISATION_HEADS = new Set(
  'Ministry Command Department Agency Council Committee Army Navy Police Government Nations Party Office Service Services Administration Bureau Commission Authority Court Corps Guard Embassy Union Institute University Company Corporation Group Organization Organisation Coalition Parliament Congress Senate Cabinet Presidency Foundation Association Network League Forces'.split(
    ' ',
  ),
);

/** A name of two or more capitalised words ending in one of these is a place ("Hamrin Mountains"). */
export const PLACE_HEADS = new Set('Mountains Mountain Hills River Sea Ocean Island Islands Province Valley Desert Strait Bay Lake Peninsula Canal'.split(' '));

/** Titles before a person's name, with or without their full stop ("Maj. Gen. Patrick Ryder", "President Joe Biden"). */
export const ABBREVIATED_TITLES = new Set('Maj Gen Lt Col Sgt Capt Cmdr Adm Brig Dr Mr Mrs Ms Sen Rep Gov Prof Rev Pres Sec Amb Supt Insp'.split(' '));
export const TITLES = new Set(
  'President Vice Secretary Minister Director Chairman Chairwoman Commander Spokesman Spokeswoman Spokesperson Governor Senator Representative Ambassador General Colonel Sergeant Captain Admiral Lieutenant Major Professor Doctor Judge Justice Mayor King Queen Prince Princess Pope Sheikh'.split(
    ' ',
  ),
);
/** Lower-case roles that put a person's full name after them ("director general Ken McCallum", "spokesman John Kirby"). */
export const ROLES = new Set(
  'spokesman spokeswoman spokesperson director general minister president commander chief secretary envoy ambassador governor senator leader prosecutor judge mayor chairman chairwoman'.split(' '),
);

/**
 * Capitalised words that start a sentence or a quote rather than a name, and
 * words that are never part of one (months and days name no one).
 */
export const NOT_NAME_WORDS = new Set(
  (
    'The A An And But Or Nor So Yet Then He She It They We I You Me Him Us Them This That These Those There Here His Her Its Their Our My Your Who What Which Where When Why How ' +
    'If In On At As By For From Into Of Over Under With Without Within Among Between Against During Until Through After Before Since While Despite Although Though Because Unlike ' +
    'Both Several Many Some Most All Each Every Other Another Such Last Next Still Also Even Only No Not Nothing Meanwhile However Earlier Later Overnight Today Yesterday Tomorrow Continue ' +
    'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozens Hundreds Thousands Millions ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(' '),
);
