<#-- license-maven-plugin (add-third-party): the bundled libraries as Maven's metadata describes them, one
     per line, tab-separated: groupId, artifactId, version, name, web site, licences (merged to SPDX ids in
     pom.xml, separated by " OR " when a POM names several). Notices.java makes the notice from this. -->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${p.groupId}	${p.artifactId}	${p.version}	${p.name!p.artifactId}	${p.url!""}	${e.getValue()?join(" OR ")}
</#list>
