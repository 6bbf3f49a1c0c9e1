// The lossless-features workbook of the hostile corpus: the example workbook with a chart, an image, a pivot
// table, data validation, conditional formats, a defined name, a hyperlink, a user's note and a threaded comment
// (with its legacy placeholder note, as Excel 365 saves one) on K18, the reason cell the scorer flags.
import { textOf, withPart, zip } from "./zipKit.mjs";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TC = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";
const THREAD_ID = "{4F0E8B1C-2D3A-4B5C-8D9E-0A1B2C3D4E5F}";
const PERSON_ID = "{9A8B7C6D-5E4F-4321-9876-A1B2C3D4E5F6}";
/** The legacy note Excel 365 writes under a threaded comment, for versions without threads (text as Excel saves it). */
export const PLACEHOLDER =
  "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    请补充未完成的原因";
/** A 1×1 PNG. */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3b1c00000000049454e44ae426082",
  "hex",
);

const rels = (items) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;

function sheet1(xml) {
  const after =
    `<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="I12:I41"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>` +
    `<conditionalFormatting sqref="J12:J41"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>3</formula></cfRule></conditionalFormatting>` +
    `<hyperlinks><hyperlink ref="C2" r:id="rIdLink" display="评分办法"/></hyperlinks>`;
  return xml
    .replace("</mergeCells>", `</mergeCells>${after}`)
    .replace("</worksheet>", '<drawing r:id="rIdDraw"/><legacyDrawing r:id="rIdVml"/></worksheet>');
}

const COMMENTS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc=${THREAD_ID}</author><author>财务科</author></authors><commentList>` +
  `<comment ref="C4" authorId="1" shapeId="0"><text><r><t xml:space="preserve">填表人：财务科</t></r></text></comment>` +
  `<comment ref="K18" authorId="0" shapeId="0" xr:uid="${THREAD_ID}"><text><t xml:space="preserve">${PLACEHOLDER}</t></text></comment></commentList></comments>`;

function vmlShape(id, row, col) {
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
}

const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${vmlShape(1025, 3, 2)}${vmlShape(1026, 17, 10)}</xml>`;

const THREADS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="${TC}" xmlns:x="${MAIN}"><threadedComment ref="K18" dT="2026-11-20T08:00:00.00" personId="${PERSON_ID}" id="${THREAD_ID}"><text>请补充未完成的原因</text></threadedComment></ThreadedComments>`;
const PERSONS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${TC}" xmlns:x="${MAIN}"><person displayName="王科长" id="${PERSON_ID}" userId="王科长" providerId="None"/></personList>`;

const DRAWING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
  `<xdr:twoCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
  `<xdr:oneCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>附件1!$I$12:$I$41</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" recordCount="1"><cacheSource type="worksheet"><worksheetSource ref="D11:I13" sheet="附件1"/></cacheSource><cacheFields count="2"><cacheField name="一级指标" numFmtId="0"><sharedItems count="1"><s v="产出指标"/></sharedItems></cacheField><cacheField name="分值" numFmtId="0"><sharedItems containsNumber="1" minValue="3" maxValue="3"/></cacheField></cacheFields></pivotCacheDefinition>`;
const PIVOT_RECORDS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="1"><r><x v="0"/><n v="3"/></r></pivotCacheRecords>`;
const PIVOT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" dataCaption="值"><location ref="A3:B5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="2"><item x="0"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><dataFields count="1"><dataField name="求和项:分值" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;
const PIVOT_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>行标签</t></is></c></row></sheetData></worksheet>`;

/** The features workbook's bytes, built from the example's entries. */
export function featuresWorkbook(entries) {
  const types = textOf(entries, "[Content_Types].xml").replace(
    "</Types>",
    [
      ["/xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"],
      ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
      ["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"],
      ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
      ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
      [
        "/xl/pivotCache/pivotCacheDefinition1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
      ],
      [
        "/xl/pivotCache/pivotCacheRecords1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
      ],
      ["/xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"],
      ["/xl/worksheets/sheet3.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"],
    ]
      .map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`)
      .join("") +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="png" ContentType="image/png"/></Types>',
  );
  const workbook = textOf(entries, "xl/workbook.xml")
    .replace(
      "</sheets>",
      '<sheet sheetId="3" name="透视" r:id="rId7"/></sheets><definedNames><definedName name="分值列">附件1!$I$12:$I$41</definedName></definedNames>',
    )
    .replace("</workbook>", '<pivotCaches><pivotCache cacheId="1" r:id="rId8"/></pivotCaches></workbook>');
  const workbookRels = textOf(entries, "xl/_rels/workbook.xml.rels").replace(
    "</Relationships>",
    `<Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/><Relationship Id="rId7" Type="${R}/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId8" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  let parts = withPart(entries, "[Content_Types].xml", types);
  parts = withPart(parts, "xl/workbook.xml", workbook);
  parts = withPart(parts, "xl/_rels/workbook.xml.rels", workbookRels);
  parts = withPart(parts, "xl/worksheets/sheet1.xml", sheet1(textOf(entries, "xl/worksheets/sheet1.xml")));
  const added = [
    [
      "xl/worksheets/_rels/sheet1.xml.rels",
      rels([
        ["rIdDraw", `${R}/drawing`, "../drawings/drawing1.xml"],
        ["rIdVml", `${R}/vmlDrawing`, "../drawings/vmlDrawing1.vml"],
        ["rIdCom", `${R}/comments`, "../comments1.xml"],
        [
          "rIdTc",
          "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
          "../threadedComments/threadedComment1.xml",
        ],
        ["rIdLink", `${R}/hyperlink`, "https://www.mof.gov.cn/"],
      ]).replace('Target="https://www.mof.gov.cn/"', 'Target="https://www.mof.gov.cn/" TargetMode="External"'),
    ],
    ["xl/comments1.xml", COMMENTS],
    ["xl/drawings/vmlDrawing1.vml", VML],
    ["xl/threadedComments/threadedComment1.xml", THREADS],
    ["xl/persons/person.xml", PERSONS],
    ["xl/drawings/drawing1.xml", DRAWING],
    [
      "xl/drawings/_rels/drawing1.xml.rels",
      rels([
        ["rId1", `${R}/chart`, "../charts/chart1.xml"],
        ["rId2", `${R}/image`, "../media/image1.png"],
      ]),
    ],
    ["xl/charts/chart1.xml", CHART],
    ["xl/media/image1.png", PNG],
    ["xl/worksheets/sheet3.xml", PIVOT_SHEET],
    ["xl/worksheets/_rels/sheet3.xml.rels", rels([["rId1", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml"]])],
    ["xl/pivotTables/pivotTable1.xml", PIVOT_TABLE],
    [
      "xl/pivotTables/_rels/pivotTable1.xml.rels",
      rels([["rId1", `${R}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"]]),
    ],
    ["xl/pivotCache/pivotCacheDefinition1.xml", PIVOT_CACHE],
    [
      "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
      rels([["rId1", `${R}/pivotCacheRecords`, "pivotCacheRecords1.xml"]]),
    ],
    ["xl/pivotCache/pivotCacheRecords1.xml", PIVOT_RECORDS],
  ];
  for (const [name, data] of added) parts = withPart(parts, name, data);
  return zip(parts);
}
