/** Names the generated people are given: British forenames and surnames, nicknames, and names from abroad. */

import { nicknames } from '@crosslink/common';

// A duplicate's short forename comes from the table intel's match suggestions read, so every
// nickname the generator writes is one the matcher knows.
export { nicknames };

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const maleForenames = words(`
  James John Robert Michael William David Richard Thomas Christopher Daniel Matthew Anthony Mark Paul Steven
  Andrew Joshua Kevin Brian George Edward Ryan Jacob Gary Nicholas Jonathan Stephen Benjamin Samuel Alexander
  Patrick Peter Joseph Charles Liam Connor Callum Jack Harry Oliver Charlie Alfie Noah Leo Oscar Archie Jamie
  Lewis Kyle Dean Craig Lee Wayne Darren Jason Scott Shaun Simon Neil Ian Keith Graham Martin Alan Colin Derek
  Barry Terry Trevor Mohammed Muhammad Ahmed Ali Hassan Imran Bilal Tyrone Kwame Rhys Gareth Dylan Owen Aaron
  Nathan Luke Adam Ethan Tyler Reece Kieran Declan Sean Aidan Joel Marcus Jordan Ravi Arjun Sanjay Harvey Mason
`);

export const femaleForenames = words(`
  Mary Patricia Elizabeth Jennifer Susan Margaret Sarah Karen Emma Rebecca Samantha Katherine Victoria Jessica
  Deborah Alexandra Charlotte Abigail Olivia Amelia Isla Ava Mia Sophie Chloe Emily Lucy Hannah Laura Lauren Amy
  Rachel Nicola Claire Michelle Joanne Lisa Kelly Donna Tracey Julie Helen Angela Gemma Stacey Jade Leanne
  Danielle Natalie Megan Ellie Grace Freya Poppy Ruby Evie Lily Jasmine Aisha Fatima Ayesha Zainab Priya Sian
  Bethan Ffion Catherine Caroline Jacqueline Sandra Linda Pauline Janet Christine Dorothy Jean Kerry Shannon
  Courtney Chantelle Precious Blessing Nadia Amira Holly Paige
`);

export const surnames = words(`
  Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker
  White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris
  Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young
  Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan
  Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali
  Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher
  Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart
  Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer
  Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes
  Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone
  Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean
  Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman
  Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman
  Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
  Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miah Akhtar Mahmood
  Nguyen Okafor Mensah Boateng Kowalski Chen Mistry Chowdhury Rahman Iqbal Sharma
`);

export const nicknamedMale: readonly string[] = maleForenames.filter((name) => name in nicknames);
export const nicknamedFemale: readonly string[] = femaleForenames.filter((name) => name in nicknames);

/** Where a foreign national comes from: their names and how their own mobile numbers are written. */
export interface Nationality {
  readonly name: string;
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly surnames: readonly string[];
  /** The country whose mobile numbers they carry (a key of phones.ts's foreign formats). */
  readonly country: string;
}

export const nationalities: readonly Nationality[] = [
  {
    name: 'Romanian',
    male: words('Andrei Ionut Florin Mihai Adrian Gheorghe Cristian Marius Bogdan Vasile'),
    female: words('Elena Ioana Maria Andreea Alina Florentina Georgiana Roxana'),
    surnames: words('Popescu Ionescu Dumitru Stan Stoica Gheorghe Rusu Munteanu Constantin Matei Lungu Ciobanu'),
    country: 'RO',
  },
  {
    name: 'Albanian',
    male: words('Arben Besnik Dritan Ermal Gentian Klodian Arjan Fatmir Elton Kastriot'),
    female: words('Elira Blerta Anila Drita Mimoza Teuta Jonida Arta'),
    surnames: words('Hoxha Krasniqi Berisha Shehu Gashi Leka Dervishi Kola Marku Cela Duka Xhafa'),
    country: 'AL',
  },
  {
    name: 'Vietnamese',
    male: ['Van Minh', 'Van Hung', 'Duc Anh', 'Quang Huy', 'Van Long', 'Thanh Tung', 'Van Nam', 'Minh Tuan'],
    female: ['Thi Lan', 'Thi Hoa', 'Thi Mai', 'Ngoc Anh', 'Thu Trang', 'Thi Huong'],
    surnames: words('Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong Ly'),
    country: 'VN',
  },
  {
    name: 'Polish',
    male: words('Piotr Krzysztof Tomasz Pawel Marcin Michal Lukasz Grzegorz Jakub Kamil'),
    female: words('Anna Katarzyna Agnieszka Magdalena Joanna Monika Ewa Karolina'),
    surnames: words('Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski Mazur Krawczyk'),
    country: 'PL',
  },
  {
    name: 'Nigerian',
    male: words('Chinedu Emeka Oluwaseun Tunde Ikechukwu Babatunde Segun Obinna'),
    female: words('Ngozi Chioma Funmilayo Adaeze Blessing Oluwakemi Folake Amaka'),
    surnames: words('Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Obi Chukwu Afolabi Ibrahim'),
    country: 'NG',
  },
  {
    name: 'Chinese',
    male: ['Wei', 'Jun', 'Hao', 'Lei', 'Jian', 'Zhi Qiang', 'Yong'],
    female: ['Li', 'Mei', 'Xiu Ying', 'Fang', 'Na', 'Jing', 'Yan'],
    surnames: words('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun'),
    country: 'CN',
  },
];

/** A Polish surname takes the feminine ending for a woman (Kowalski, Kowalska). */
export function feminine(surname: string): string {
  return surname.endsWith('ski') ? `${surname.slice(0, -1)}a` : surname;
}

export const streets = words(`
  Polding Station Church Mill High Park Victoria Albert Queen King Manor Grove School Chapel Bridge Green
  Springfield Windsor York Richmond Stanley Cromwell Alexandra Beech Oak Elm Ash Cedar Willow Hawthorn Rowan
  Meadow Orchard Brook River Hill Forest Kingsway Castle Abbey Priory Market Union Nelson Wellington Gladstone
  Trafalgar Waterloo Clarence Grange Heath Moor Lime Linden Maple Poplar Sycamore Chestnut Holly Ivy Laurel
  Hazel Birch Rose Violet Primrose Bluebell Foxglove Heather Fern Moss Kestrel Falcon Lark Wren Swallow Ferry
  Canal Wharf Quarry Colliery Foundry Cotton Silk Weavers Tanners Carters Smithy Forge Dale Vale Coronation
  Jubilee Marlborough Devonshire Cavendish Portland Lansdowne Salisbury Carlton Belmont Highfield Fairfield
  Westfield Northfield Southfield Eastfield Broadway Newtown Oldfield Whitehall Redhill Blackburn Greenbank
`);

export const streetKinds = words('Street Street Street Road Road Road Lane Avenue Close Drive Way Crescent Grove Terrace Place Gardens Walk Court Mews Row');
