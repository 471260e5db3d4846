import Foundation

/// One self-contained page to explore the graph: the picture libgvc drew, inline, with pan and
/// zoom; a search box that finds a node by its names, aliases, the forms the text wrote, their
/// romanisations and spelling keys (made here, at render time), and by edit distance for typos; a
/// panel with the node's names, relations and every evidence sentence with its document;
/// filters by relation type, entity type and date; and a timeline of dated relations and events.
/// No network: the script, the style and the data are in the page.
///
///     let html = HTMLPage.page(svg: svgText, graph: graph)   // <!DOCTYPE html>…
public enum HTMLPage {
  public static func page(svg: String, graph: KnowledgeGraph, only: Set<String>? = nil) throws -> String {
    let q = GraphQueries(graph: graph)
    let entities = graph.entities.values.filter { only?.contains($0.id) ?? true }.sorted { $0.id < $1.id }
    let shownIDs = Set(entities.map(\.id))
    var ents: [[String: Any]] = []
    for e in entities {
      var forms = Set([e.name, e.latinName] + e.aliases + e.mentions.map(\.text) + [e.englishName].compactMap { $0 })
      forms.remove("")
      var keys = Set(forms.map { $0.lowercased() })
      for f in forms { for w in f.lowercased().split(separator: " ") where w.count > 2 { keys.insert(String(w)) } }
      // The lookup's spelling keys (each name and each of its words), so that "Tusk" and
      // "Tuskk" find "Дональд Туск".
      keys.formUnion(NameLookup.spelling(of: forms.sorted()).skeletons)
      keys.remove("")
      ents.append([
        "id": e.id, "name": e.name, "latin": e.latinName, "english": e.englishName ?? "", "type": e.type,
        "aliases": e.aliases.sorted(), "mentions": e.mentions.count, "keys": keys.sorted(),
      ])
    }
    var rels: [[String: Any]] = []
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) where shownIDs.contains(r.subject) && shownIDs.contains(r.object) {
      rels.append([
        "id": r.id, "s": r.subject, "p": r.predicate, "o": r.object, "stance": r.stance ?? "", "hedged": r.hedged,
        "dates": r.dates.compactMap { ExportTable.fullDate($0)?.0 },
        "evidence": r.evidence.map { ["sentence": $0.sentence, "document": q.documentPath($0.document), "start": $0.scalarStart, "end": $0.scalarEnd, "note": $0.note ?? ""] as [String: Any] },
      ])
    }
    var events: [[String: Any]] = []
    for ev in graph.events.values.sorted(by: { $0.id < $1.id }) {
      guard let d = ev.date.flatMap({ ExportTable.fullDate($0)?.0 }) else { continue }
      events.append(["kind": ev.kind, "count": ev.count ?? NSNull(), "date": d, "sentence": ev.evidence.sentence, "document": q.documentPath(ev.evidence.document)])
    }
    let data = try JSONWriter.string(["entities": ents, "relations": rels, "events": events, "folds": NameLookup.foldPairs.map { [$0.0, $0.1] }, "conventions": NameLookup.conventions] as [String: Any])
    // The data is JSON inside a script element: "</" must not close it.
    let embedded = data.replacingOccurrences(of: "</", with: "<\\/")
    let picture = svg.range(of: "<svg").map { String(svg[$0.lowerBound...]) } ?? svg
    return template
      .replacingOccurrences(of: "%%SVG%%", with: picture)
      .replacingOccurrences(of: "%%DATA%%", with: embedded)
  }

  static let template = #"""
<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8"><title>graphbuild</title>
<style>
body{margin:0;font:14px "DejaVu Sans",sans-serif;display:grid;grid-template-columns:1fr 380px;grid-template-rows:auto 1fr auto;height:100vh}
header{grid-column:1/3;padding:6px 10px;background:#f4f4f4;border-bottom:1px solid #ccc;display:flex;gap:12px;flex-wrap:wrap;align-items:center}
#view{overflow:hidden;cursor:grab;background:#fff}#view svg{width:100%;height:100%}
#panel{overflow:auto;border-left:1px solid #ccc;padding:8px}#timeline{grid-column:1/3;max-height:22vh;overflow:auto;border-top:1px solid #ccc;padding:4px 10px}
.hidden{display:none}.hl path,.hl polygon{stroke:#e00!important;stroke-width:4px!important}.sel polygon,.sel ellipse,.sel path{stroke:#e00!important;stroke-width:3px!important}
.ev{margin:4px 0 8px 12px;color:#333}.doc{color:#777;font-size:12px}.rel{cursor:pointer;color:#124}.rel:hover{text-decoration:underline}
fieldset{border:1px solid #ccc;padding:2px 6px;font-size:12px}.tl{font-size:12px;margin:2px 0}
</style></head><body>
<header><input id="search" placeholder="Search any spelling: Tusk, Туска, Tuskk" size="32"><span id="found"></span>
<fieldset id="relfilter"><legend>relations</legend></fieldset><fieldset id="typefilter"><legend>entities</legend></fieldset>
<label>from <input id="from" type="date"></label><label>to <input id="to" type="date"></label></header>
<div id="view">%%SVG%%</div>
<div id="panel"><p>Click a node, or search for a name.</p></div>
<div id="timeline"></div>
<script id="data" type="application/json">%%DATA%%</script>
<script>
"use strict";
const D=JSON.parse(document.getElementById("data").textContent);
const byId=new Map(D.entities.map(e=>[e.id,e]));
const el=id=>document.getElementById(id);
function esc(s){return String(s).replace(/[&<>"]/g,c=>({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]))}
// The same spelling key as graphbuild's lookup, for Latin queries.
function skeleton(s){
  let w=s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g,"").replace(/-/g," ").replace(/[^a-z ]/g,"").split(" ").filter(x=>x);
  return w.map(x=>{x=D.conventions[x]||x;for(const [a,b] of D.folds)x=x.split(a).join(b);
    let o="";for(let i=0;i<x.length;i++){let c=x[i];if(c==="c"&&i+1<x.length&&!"eiy".includes(x[i+1]))c="k";if(o.length&&o[o.length-1]===c)continue;o+=c}return o}).join(" ");
}
function dist(a,b){const m=a.length,n=b.length;let p=[...Array(n+1).keys()];for(let i=1;i<=m;i++){const c=[i];for(let j=1;j<=n;j++)c[j]=Math.min(p[j]+1,c[j-1]+1,p[j-1]+(a[i-1]===b[j-1]?0:1));p=c}return p[n]}
function find(q){
  const l=q.trim().toLowerCase(),k=skeleton(q);if(!l)return null;
  for(const e of D.entities)if(e.keys.includes(l))return {e,guess:false};
  if(k)for(const e of D.entities)if(e.keys.includes(k))return {e,guess:false};
  let best=null,score=0;
  for(const e of D.entities)for(const key of e.keys){const r=1-dist(key,k||l)/Math.max(key.length,(k||l).length);if(r>score){score=r;best=e}}
  return score>=0.7?{e:best,guess:true}:null;
}
function show(id){
  const e=byId.get(id);if(!e)return;
  document.querySelectorAll(".sel").forEach(x=>x.classList.remove("sel"));const g=el(id);if(g)g.classList.add("sel");
  let h=`<h3 id="pname">${esc(e.name)}</h3><div>${esc(e.type)} · ${esc(e.latin)}${e.english?" · "+esc(e.english):""}</div>`;
  if(e.aliases.length)h+=`<div>also: ${e.aliases.map(esc).join(", ")}</div>`;
  h+=`<div>${e.mentions} mentions</div><h4>Relations</h4>`;
  for(const r of D.relations){if(r.s!==id&&r.o!==id)continue;const other=byId.get(r.s===id?r.o:r.s);
    h+=`<div class="rel" data-rel="${esc(r.id)}">${r.s===id?"→":"←"} ${esc(r.p)} ${esc(other?other.name:"")}${r.stance?" ("+esc(r.stance)+")":""}${r.hedged?" (hedged)":""}</div>`;
    for(const ev of r.evidence)h+=`<div class="ev">«${esc(ev.sentence)}» <span class="doc">${esc(ev.document)} [${ev.start}..${ev.end}]${ev.note?" "+esc(ev.note):""}</span></div>`}
  el("panel").innerHTML=h;
  el("panel").querySelectorAll(".rel").forEach(x=>x.onclick=()=>{document.querySelectorAll(".hl").forEach(y=>y.classList.remove("hl"));const g=el(x.dataset.rel);if(g)g.classList.add("hl")});
}
el("search").addEventListener("keydown",ev=>{if(ev.key!=="Enter")return;const f=find(ev.target.value);
  el("found").textContent=f?(f.guess?"closest: ":"")+f.e.name:"no such entity";if(f)show(f.e.id)});
document.querySelectorAll("g.node").forEach(g=>g.addEventListener("click",()=>show(g.id)));
// Filters.
const rtypes=[...new Set(D.relations.map(r=>r.p))].sort(),etypes=[...new Set(D.entities.map(e=>e.type))].sort();
for(const [box,list] of [[el("relfilter"),rtypes],[el("typefilter"),etypes]])for(const t of list)box.insertAdjacentHTML("beforeend",`<label><input type="checkbox" checked value="${esc(t)}">${esc(t)}</label> `);
function apply(){
  const rs=new Set([...el("relfilter").querySelectorAll("input:checked")].map(i=>i.value)),ts=new Set([...el("typefilter").querySelectorAll("input:checked")].map(i=>i.value));
  const from=el("from").value,to=el("to").value;
  for(const e of D.entities){const g=el(e.id);if(g)g.classList.toggle("hidden",!ts.has(e.type))}
  for(const r of D.relations){const g=el(r.id);if(!g)continue;const inDates=(!from&&!to)||r.dates.some(d=>(!from||d>=from)&&(!to||d<=to));
    g.classList.toggle("hidden",!rs.has(r.p)||!ts.has(byId.get(r.s).type)||!ts.has(byId.get(r.o).type)||!inDates)}
}
document.querySelectorAll("header input[type=checkbox],header input[type=date]").forEach(i=>i.addEventListener("change",apply));
// Timeline: dated relations and events, earliest first.
const items=[];for(const r of D.relations)for(const d of r.dates)items.push([d,`${esc(byId.get(r.s).name)} ${esc(r.p)} ${esc(byId.get(r.o).name)}`]);
for(const ev of D.events)items.push([ev.date,`${esc(ev.kind)}${ev.count?" ("+ev.count+")":""}: ${esc(ev.sentence)}`]);
items.sort((a,b)=>a[0]<b[0]?-1:1);el("timeline").innerHTML="<b>Timeline</b>"+(items.length?items.map(([d,t])=>`<div class="tl">${d} ${t}</div>`).join(""):" <i>no dated relations</i>");
// Pan and zoom on the picture's viewBox.
const svg=document.querySelector("#view svg");if(svg){svg.removeAttribute("width");svg.removeAttribute("height");
  let vb=svg.viewBox.baseVal,drag=null;
  svg.addEventListener("wheel",ev=>{ev.preventDefault();const f=ev.deltaY>0?1.15:1/1.15,r=svg.getBoundingClientRect(),
    x=vb.x+(ev.clientX-r.left)/r.width*vb.width,y=vb.y+(ev.clientY-r.top)/r.height*vb.height;
    vb.x=x-(x-vb.x)*f;vb.y=y-(y-vb.y)*f;vb.width*=f;vb.height*=f},{passive:false});
  svg.addEventListener("mousedown",ev=>{drag=[ev.clientX,ev.clientY]});window.addEventListener("mouseup",()=>drag=null);
  window.addEventListener("mousemove",ev=>{if(!drag)return;const r=svg.getBoundingClientRect();vb.x-=(ev.clientX-drag[0])/r.width*vb.width;vb.y-=(ev.clientY-drag[1])/r.height*vb.height;drag=[ev.clientX,ev.clientY]})}
</script></body></html>
"""#
}
