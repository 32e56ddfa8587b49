// Writes test/fixtures/office/restitution.docx and restitution.odt: one restitution with headings, bold
// section headings, nested bulleted lists (three levels), a numbered list and a two-column governance table,
// as Word and LibreOffice write them (no office suite on the build machines: the XML parts are written here
// in their shapes — numbering.xml, w:numPr/w:ilvl, French style ids with English names; content.xml with
// nested text:list, automatic styles, text:s, a footnote — and zipped with fflate, `mimetype` first and
// stored, as ODF requires). Deterministic: fixed dates, so re-running it changes no byte.
// `node scripts/build-office-fixtures.mjs` (the files are committed; test/atelier-office.test.ts reads them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const outDir = fileURLToPath(new URL('../test/fixtures/office/', import.meta.url));
const MTIME = new Date('2026-03-14T10:00:00Z');

/**
 * The restitution, once for both formats. `level` counts from 0 for lists; `list: 'numbered'` numbers them.
 * Kept in step with EXPECTED_OFFICE in test/atelier-office.test.ts.
 */
const CONTENT = [
  { type: 'title', text: 'Restitution des ateliers' },
  { type: 'heading', level: 1, text: 'Rencontre départementale « Égalité des chances »' },
  { type: 'p', text: 'Les participants ont imaginé ces chantiers lors de la rencontre du 14 mars.' },
  { type: 'heading', level: 2, text: 'Atelier Mobilité :' },
  { type: 'p', text: 'Comment lever les freins à la mobilité des habitants ?' },
  { type: 'p', text: 'Thématique : Mobilité' },
  { type: 'heading', level: 3, text: 'Chantier 1 - « Des auto-écoles sociales »' },
  { type: 'bold', text: 'Enjeu' },
  { type: 'p', text: 'Le permis de conduire reste une condition d’accès à l’emploi.' },
  { type: 'bold', text: 'En quoi consiste le chantier ?' },
  { type: 'item', level: 0, text: 'Développer les auto-écoles sociales :' },
  { type: 'item', level: 1, text: 'financement par la Région' },
  { type: 'item', level: 1, text: 'bénévoles retraités' },
  { type: 'item', level: 2, text: 'anciens moniteurs' },
  { type: 'item', level: 2, text: 'anciens chauffeurs de bus' },
  { type: 'item', level: 0, text: 'Organiser des sessions de code dans les centres sociaux' },
  { type: 'bold', text: 'Les ressources à mobiliser :' },
  { type: 'item', level: 0, list: 'numbered', text: 'le fonds social européen' },
  { type: 'item', level: 0, list: 'numbered', text: 'les missions locales' },
  { type: 'bold', text: 'La gouvernance : qui fait quoi ?' },
  { type: 'row', cells: ['Pilote', 'la mairie'] },
  { type: 'row', cells: ['Partenaires', 'les auto-écoles, la mission locale'] },
  { type: 'heading', level: 4, text: 'Les freins éventuels à anticiper :' },
  { type: 'item', level: 0, text: 'le coût du permis' },
  { type: 'item', level: 1, text: 'surtout pour les jeunes' },
  { type: 'item', level: 0, text: 'le manque de moniteurs' },
];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// --- Word ---------------------------------------------------------------------------------------------------
const W_NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';

const run = (text, bold = false) =>
  `<w:r w:rsidRPr="00A41C2E">${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;

function docxBody() {
  const parts = [];
  let rows = [];
  const flushTable = () => {
    if (!rows.length) return;
    const cell = (text) => `<w:tc><w:tcPr><w:tcW w:w="4531" w:type="dxa"/></w:tcPr><w:p>${run(text)}</w:p></w:tc>`;
    parts.push(
      `<w:tbl><w:tblPr><w:tblStyle w:val="Grilledutableau"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>` +
        `<w:tblGrid><w:gridCol w:w="4531"/><w:gridCol w:w="4531"/></w:tblGrid>` +
        rows.map((cells) => `<w:tr>${cells.map(cell).join('')}</w:tr>`).join('') +
        `</w:tbl>`,
    );
    rows = [];
  };
  for (const block of CONTENT) {
    if (block.type === 'row') {
      rows.push(block.cells);
      continue;
    }
    flushTable();
    if (block.type === 'title') parts.push(`<w:p w:rsidR="00C6177D"><w:pPr><w:pStyle w:val="Titre"/></w:pPr>${run(block.text)}</w:p>`);
    else if (block.type === 'heading') parts.push(`<w:p><w:pPr><w:pStyle w:val="Titre${block.level}"/></w:pPr>${run(block.text)}</w:p>`);
    else if (block.type === 'bold') parts.push(`<w:p><w:pPr><w:spacing w:before="240"/></w:pPr>${run(block.text, true)}</w:p>`);
    else if (block.type === 'item') {
      const numId = block.list === 'numbered' ? 2 : 1;
      parts.push(
        `<w:p w:rsidR="00A41C2E"><w:pPr><w:pStyle w:val="Paragraphedeliste"/><w:numPr><w:ilvl w:val="${block.level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` +
          `<w:proofErr w:type="spellStart"/>${run(block.text)}<w:proofErr w:type="spellEnd"/></w:p>`,
      );
    } else if (block.text.startsWith('Le permis')) {
      // A tracked deletion in the middle of a paragraph: its text is not the document's.
      const at = block.text.indexOf('reste');
      const [before, after] = [block.text.slice(0, at), block.text.slice(at)];
      parts.push(
        `<w:p>${run(before)}<w:del w:id="1" w:author="Chargée de mission" w:date="2026-03-15T09:00:00Z"><w:r><w:delText xml:space="preserve">encore et toujours </w:delText></w:r></w:del>${run(after)}</w:p>`,
      );
    } else parts.push(`<w:p>${run(block.text)}</w:p>`);
  }
  flushTable();
  return parts.join('');
}

const docxDocument = () =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${docxBody()}` +
  `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;

const bulletLevel = (ilvl, char, font) =>
  `<w:lvl w:ilvl="${ilvl}" w:tplc="040C0001"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${char}"/><w:lvlJc w:val="left"/>` +
  `<w:pPr><w:ind w:left="${720 + 720 * ilvl}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr></w:lvl>`;

const docxNumbering = () =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}>` +
  `<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w:multiLevelType w:val="hybridMultilevel"/>` +
  bulletLevel(0, '\uF0B7', 'Symbol') +
  bulletLevel(1, 'o', 'Courier New') +
  bulletLevel(2, '\uF0A7', 'Wingdings') +
  `</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>` +
  `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>` +
  `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>` +
  `</w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

const wordStyle = (id, name, extra = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>${extra}</w:style>`;

const docxStyles = () =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  wordStyle('Titre', 'Title', '<w:rPr><w:sz w:val="56"/></w:rPr>') +
  [1, 2, 3, 4].map((level) => wordStyle(`Titre${level}`, `heading ${level}`, `<w:pPr><w:keepNext/><w:outlineLvl w:val="${level - 1}"/></w:pPr>`)).join('') +
  wordStyle('Paragraphedeliste', 'List Paragraph', '<w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>') +
  `</w:styles>`;

const docx = () =>
  zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/_rels/document.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(docxDocument()),
      'word/numbering.xml': strToU8(docxNumbering()),
      'word/styles.xml': strToU8(docxStyles()),
    },
    { level: 6, mtime: MTIME },
  );

// --- LibreOffice ----------------------------------------------------------------------------------------------
const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"';

/** "text  with  double spaces" as LibreOffice writes them: one space, then <text:s/> for the others. */
const odfText = (text) => escape(text).replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`);

function odtBody() {
  const parts = [];
  let rows = [];
  let open = []; // the list levels open, each { numbered }
  const closeLists = (depth) => {
    while (open.length > depth) {
      parts.push('</text:list-item></text:list>');
      open.pop();
    }
  };
  const flushTable = () => {
    if (!rows.length) return;
    parts.push(
      '<table:table table:name="Gouvernance" table:style-name="Tableau1"><table:table-column table:number-columns-repeated="2"/>' +
        rows.map((cells) => `<table:table-row>${cells.map((text) => `<table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">${odfText(text)}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('') +
        '</table:table>',
    );
    rows = [];
  };
  for (const block of CONTENT) {
    if (block.type !== 'item') closeLists(0);
    if (block.type === 'row') {
      rows.push(block.cells);
      continue;
    }
    flushTable();
    if (block.type === 'title') parts.push(`<text:p text:style-name="Title">${odfText(block.text)}</text:p>`);
    else if (block.type === 'heading') parts.push(`<text:h text:style-name="Heading_20_${block.level}" text:outline-level="${block.level}">${odfText(block.text)}</text:h>`);
    else if (block.type === 'bold') parts.push(`<text:p text:style-name="P1">${odfText(block.text)}</text:p>`);
    else if (block.type === 'item') {
      const style = block.list === 'numbered' ? 'L2' : 'L1';
      if (open.length > block.level + 1) closeLists(block.level + 1);
      if (open.length === block.level + 1) parts.push('</text:list-item><text:list-item>');
      while (open.length < block.level + 1) {
        parts.push(`<text:list${open.length ? '' : ` xml:id="list${parts.length}" text:style-name="${style}"`}><text:list-item>`);
        open.push(style);
      }
      parts.push(`<text:p text:style-name="P2">${odfText(block.text)}</text:p>`);
    } else if (block.text.startsWith('Le permis')) {
      // A footnote: its text is the note's, not the paragraph's; and two spaces written as <text:s/>.
      parts.push(
        `<text:p text:style-name="Standard">${odfText(block.text.replace('reste', 'reste  '))}<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">Source : enquête de la mission locale.</text:p></text:note-body></text:note></text:p>`,
      );
    } else parts.push(`<text:p text:style-name="Standard">${odfText(block.text)}</text:p>`);
  }
  closeLists(0);
  flushTable();
  return parts.join('');
}

const listStyle = (name, numbered) =>
  `<text:list-style style:name="${name}">` +
  [1, 2, 3]
    .map((level) =>
      numbered
        ? `<text:list-level-style-number text:level="${level}" text:style-name="Numbering_20_Symbols" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"/></text:list-level-style-number>`
        : `<text:list-level-style-bullet text:level="${level}" text:style-name="Bullet_20_Symbols" text:bullet-char="${['•', '◦', '▪'][level - 1]}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"/></text:list-level-style-bullet>`,
    )
    .join('') +
  `</text:list-style>`;

const odtContent = () =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ODF_NS}><office:automatic-styles>` +
  `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>` +
  `<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="L1"/>` +
  listStyle('L1', false) +
  listStyle('L2', true) +
  `</office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>` +
  odtBody() +
  `</office:text></office:body></office:document-content>`;

const odt = () =>
  zipSync(
    {
      // First, stored: what identifies an ODF package.
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(odtContent()),
      'styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ODF_NS}><office:styles/></office:document-styles>`),
      'meta.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta><meta:generator>LibreOffice/25.8$Linux_X86_64</meta:generator></office:meta></office:document-meta>`,
      ),
      'META-INF/manifest.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
          `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>` +
          ['content.xml', 'styles.xml', 'meta.xml'].map((path) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="text/xml"/>`).join('') +
          `</manifest:manifest>`,
      ),
    },
    { level: 6, mtime: MTIME },
  );

mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('restitution.docx', `file://${outDir}`), docx());
writeFileSync(new URL('restitution.odt', `file://${outDir}`), odt());
console.log(`wrote ${outDir}restitution.docx and restitution.odt`);
