/**
 * Short forms a forename is also written as, by full name: the same person is "Robert" to one force
 * and "Bob" to another. Intel's match suggestions read it both ways (a short form points back to
 * its full names, and two short forms of one name match each other); the demo data generator
 * (services/importer) gives duplicates their nicknames from it. Full names that share a short form
 * (Patrick and Patricia, both "Pat") are not thereby one name. Each key is a forename the generator
 * draws.
 */
export const nicknames: Readonly<Record<string, readonly string[]>> = {
  Robert: ['Bob', 'Rob', 'Bobby'],
  William: ['Bill', 'Will', 'Billy'],
  Richard: ['Rich', 'Dick', 'Richie'],
  James: ['Jim', 'Jimmy'],
  Michael: ['Mike', 'Mick', 'Mickey'],
  Thomas: ['Tom', 'Tommy'],
  Christopher: ['Chris'],
  Anthony: ['Tony'],
  Edward: ['Ed', 'Ted', 'Eddie'],
  Daniel: ['Dan', 'Danny'],
  Joseph: ['Joe', 'Joey'],
  Matthew: ['Matt'],
  Andrew: ['Andy', 'Drew'],
  David: ['Dave', 'Davey'],
  Stephen: ['Steve'],
  Steven: ['Steve', 'Stevie'],
  Peter: ['Pete'],
  Jonathan: ['Jon', 'Jonny'],
  Samuel: ['Sam', 'Sammy'],
  Benjamin: ['Ben', 'Benny'],
  Alexander: ['Alex', 'Sandy'],
  Nicholas: ['Nick', 'Nicky'],
  Patrick: ['Pat', 'Paddy'],
  Charles: ['Charlie', 'Chas'],
  Elizabeth: ['Liz', 'Beth', 'Lizzie'],
  Margaret: ['Maggie', 'Peggy'],
  Katherine: ['Kate', 'Kathy', 'Katie'],
  Catherine: ['Cath', 'Cathy'],
  Jennifer: ['Jenny', 'Jen'],
  Rebecca: ['Becky', 'Becca'],
  Susan: ['Sue', 'Suzy'],
  Patricia: ['Pat', 'Trish'],
  Deborah: ['Debbie', 'Deb'],
  Victoria: ['Vicky', 'Tori'],
  Samantha: ['Sam', 'Sammy'],
  Jessica: ['Jess'],
  Alexandra: ['Alex', 'Lexi'],
  Abigail: ['Abbie', 'Abby'],
  Jacqueline: ['Jackie'],
  Christine: ['Chris', 'Chrissie'],
  Nicola: ['Nicky'],
};
