import { formatBytes } from '../../lib/format'
import type { AppConfig } from '../../types/api'

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(dot).toLowerCase() : ''
}

/** Lists extensions for people: ".pdf, .docx, .txt or .md". */
export function describeExtensions(extensions: string[]): string {
  if (extensions.length <= 1) return extensions.join('')
  return `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1) ?? ''}`
}

/** Checks a file before it is sent; returns a sentence saying what is wrong, or null if it may go. */
export function validateFile(file: File, config: AppConfig): string | null {
  const extension = extensionOf(file.name)
  if (!config.acceptedExtensions.includes(extension)) {
    return `“${file.name}” is not a supported file type. Please choose a ${describeExtensions(config.acceptedExtensions)} file.`
  }
  if (file.size > config.maxFileSize) {
    return `“${file.name}” is ${formatBytes(file.size)}, which is over the ${formatBytes(config.maxFileSize)} limit. Please choose a smaller file.`
  }
  if (file.size === 0) {
    return `“${file.name}” is empty. Please choose a file with your resume in it.`
  }
  return null
}
