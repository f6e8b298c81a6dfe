// A client generated from the served OpenAPI document (openapi-typescript types + openapi-fetch) doing what an
// integration would: create a workspace, upload a resume with its token, read it back and export it.
// Usage: node dist/upload-read-export.js <base URL of a running API>. Exits non-zero on the first unexpected answer.
import createClient from 'openapi-fetch'
import type { operations, paths } from '../generated/resume-refiner.js'

type ResumeDetail = operations['getResume']['responses'][200]['content']['application/json']

const resumeText = [
  'Jane Q. Example',
  'jane.example@example.com | +1 415 555 0134 | San Francisco, CA',
  '',
  'EXPERIENCE',
  'Senior Software Engineer, Acme Corp',
  'Jan 2020 - Present',
  '• Led the migration of the billing platform to .NET, cutting costs by 30%',
  '',
  'SKILLS',
  'C#, TypeScript, PostgreSQL',
].join('\n')

function check(condition: boolean, failure: string): asserts condition {
  if (!condition) {
    throw new Error(failure)
  }
}

async function main(baseUrl: string): Promise<void> {
  const anonymous = createClient<paths>({ baseUrl })
  const created = await anonymous.POST('/api/v1/workspace')
  check(created.response.status === 201 && created.data !== undefined, `createWorkspace answered ${created.response.status}`)
  console.log(`ok  createWorkspace: ${created.response.status}, token of ${created.data.token.length} characters`)

  // The workspaceToken security scheme: Authorization: Bearer <token>.
  const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${created.data.token}` } })

  const uploaded = await client.POST('/api/v1/resumes', {
    body: { file: resumeText },
    bodySerializer: (body) => {
      const form = new FormData()
      form.append('file', new Blob([body.file], { type: 'text/plain' }), 'jane-example.txt')
      return form
    },
  })
  check(uploaded.response.status === 201 && uploaded.data !== undefined, `uploadResume answered ${uploaded.response.status}: ${JSON.stringify(uploaded.error)}`)
  const resumeId = uploaded.data.id
  console.log(`ok  uploadResume: ${uploaded.response.status}, resume ${resumeId}`)

  const read = await client.GET('/api/v1/resumes/{id}', { params: { path: { id: resumeId } } })
  check(read.response.status === 200 && read.data !== undefined, `getResume answered ${read.response.status}`)
  const resume: ResumeDetail = read.data
  check(resume.resume.basics?.name === 'Jane Q. Example', `getResume read the name as ${JSON.stringify(resume.resume.basics?.name)}`)
  console.log(`ok  getResume: ${read.response.status}, version ${resume.version}, name ${resume.resume.basics.name}`)

  const json = await client.GET('/api/v1/resumes/{id}/export', { params: { path: { id: resumeId }, query: { format: 'json' } }, parseAs: 'text' })
  check(json.response.status === 200 && json.data !== undefined, `exportResume (json) answered ${json.response.status}`)
  const exported = JSON.parse(json.data) as { basics?: { name?: string } }
  check(exported.basics?.name === 'Jane Q. Example', `exportResume (json) holds the name ${JSON.stringify(exported.basics?.name)}`)
  console.log(`ok  exportResume (json): ${json.response.status}, ${json.response.headers.get('content-type') ?? 'no content type'}`)

  const pdf = await client.GET('/api/v1/resumes/{id}/export', { params: { path: { id: resumeId }, query: { format: 'pdf' } }, parseAs: 'arrayBuffer' })
  check(pdf.response.status === 200 && pdf.data !== undefined, `exportResume (pdf) answered ${pdf.response.status}`)
  const magic = new TextDecoder().decode(pdf.data.slice(0, 5))
  check(magic === '%PDF-', `exportResume (pdf) starts with ${JSON.stringify(magic)}`)
  console.log(`ok  exportResume (pdf): ${pdf.response.status}, ${pdf.data.byteLength} bytes`)

  const missing = await client.GET('/api/v1/resumes/{id}', { params: { path: { id: '00000000-0000-0000-0000-000000000000' } } })
  check(missing.response.status === 404 && missing.error?.type === 'urn:resume-refiner:problem:not-found', `getResume of an unknown id answered ${missing.response.status}`)
  console.log(`ok  getResume of an unknown id: ${missing.response.status}, problem ${missing.error.type}`)
}

const baseUrl = process.argv[2]
if (baseUrl === undefined) {
  console.error('Usage: node dist/upload-read-export.js <base URL of a running API>')
  process.exit(2)
}

await main(baseUrl)
