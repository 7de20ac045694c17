# Compares /tmp/ec/ours.txt with /tmp/ec/gc_main.txt (see errorcheck_compare.sh).
def parse(p):
    d={}; cur=None
    for line in open(p, errors='replace'):
        line=line.rstrip('\n')
        if line.startswith('== '):
            cur=line[3:]; d[cur]=[]
        elif cur is not None and line and line!='OK':
            d[cur].append(line)
    return d
o=parse('/tmp/ec/ours.txt'); g=parse('/tmp/ec/gc_main.txt')
same_first=0; same_all=0; diffs=[]
for k in g:
    a=o.get(k,[]); b=g[k]
    if a[:1]==b[:1]: same_first+=1
    if a==b: same_all+=1
    elif a[:1]!=b[:1]: diffs.append((k,a[:1],b[:1]))
print(len(g), 'same first', same_first, 'same all', same_all)
out=open('/tmp/ec/diffs.txt','w')
for k,a,b in diffs:
    out.write('== %s\n  ours: %s\n  gc:   %s\n' % (k, a, b))
