;;; copydesk.el --- Copydesk for Emacs through eglot  -*- lexical-binding: t; -*-

;; Load this file (or copy its forms into your init file) with eglot available (Emacs 29+, or the
;; elpa-eglot package), then open a draft: eglot starts `copydesk serve' for Markdown and text buffers.

;;; Code:

(require 'eglot)

(add-to-list 'eglot-server-programs
             '((markdown-mode gfm-mode text-mode) . ("copydesk" "serve")))

;; Settings of the shape of .copydesk.json, answered to the server's workspace/configuration request.
(setq-default eglot-workspace-configuration
              '(:copydesk (:rules (:vague-attribution "off"))))

(dolist (hook '(markdown-mode-hook gfm-mode-hook text-mode-hook))
  (add-hook hook #'eglot-ensure))

(provide 'copydesk)
;;; copydesk.el ends here
