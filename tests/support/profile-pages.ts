/** Every real saved profile page the extractors are tested on (in ../shared), with the URL it was saved from. */
export const realPages: Array<[file: string, url: string]> = [
  ['github_html/Sheik0808github__github_profile.html', 'https://github.com/defunkt'],
  ['github_html/Mayowa-Ojoetchy__test__files__github_profile.html', 'https://github.com/Mayowa-Ojo'],
  ['github_html/dingaanmanjateProfile__github_profile.html', 'https://github.com/dingaanmanjate'],
  ['linkedin_html/yatish27linkedin-scraper__spec__fixtures__jeffweiner08.html', 'https://www.linkedin.com/in/jeffweiner08'],
  ['linkedin_html/julianbeilinkedin-public-profile__test__fixtures__profile.html', 'https://de.linkedin.com/in/julianamelung'],
  ['linkedin_html/programmercvresume_exporter__spec__fixtures__linkedin.html', 'https://www.linkedin.com/in/john-doe-46b359134'],
  ['linkedin_html/SubstrateLabsbrocc__cli__src__brocc_li__tests__html_fixtures___linkedin-profile.html', 'https://www.linkedin.com/in/robertkcheung'],
  ['stackoverflow_html/getmanfreddev-story-scraper__src__tests__html__blanca.html', 'https://stackoverflow.com/users/18082959/blanca-lanaspa'],
  ['stackoverflow_html/getmanfreddev-story-scraper__src__tests__html__jaydles.html', 'https://stackoverflow.com/users/347414/jaydles'],
  ['stackoverflow_html/programmercvresume_exporter__spec__fixtures__stackoverflow.html', 'https://stackoverflow.com/story/johndoe'],
];

/** Hand-written pages, under tests/fixtures, for layouts no saved page shows. */
export const handMadePages: Array<[file: string, url: string]> = [
  ['github/profile-2018.html', 'https://github.com/jdoe-2018'],
  ['gitlab/profile-2024.html', 'https://gitlab.com/alice-dev'],
  ['stackoverflow/profile-tab.html', 'https://stackoverflow.com/users/1234567/ada-example'],
];
